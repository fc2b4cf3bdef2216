-- The planner's row estimate (-1: never analysed) and the sizes of the table and its indexes.
SELECT c.reltuples::bigint AS estimated_rows,
       pg_catalog.pg_table_size(c.oid) AS table_bytes,
       pg_catalog.pg_indexes_size(c.oid) AS index_bytes
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = :schema AND c.relname = :table
