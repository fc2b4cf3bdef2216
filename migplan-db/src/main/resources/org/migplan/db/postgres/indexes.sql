-- The indexes of the tables named by :schemas/:tables (pairs) with their key columns
-- (expression indexes list none).
SELECT n.nspname AS table_schema,
       c.relname AS table_name,
       ic.relname AS index_name,
       i.indisunique AS is_unique,
       i.indisprimary AS is_primary,
       pg_catalog.pg_get_indexdef(i.indexrelid) AS definition,
       ARRAY(SELECT a.attname
             FROM pg_catalog.unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
             WHERE k.position <= i.indnkeyatts
             ORDER BY k.position) AS columns
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN ROWS FROM (pg_catalog.unnest(CAST(:schemas AS text[])),
               pg_catalog.unnest(CAST(:tables AS text[]))) AS wanted(schema_name, table_name)
  ON wanted.schema_name = n.nspname AND wanted.table_name = c.relname
ORDER BY n.nspname, c.relname, ic.relname
