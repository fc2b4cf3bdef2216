-- ANALYZE's distinct-value estimates per column (negative: a fraction of the rows).
SELECT s.attname AS column_name, s.n_distinct AS n_distinct
FROM pg_catalog.pg_stats s
WHERE s.schemaname = :schema AND s.tablename = :table AND NOT s.inherited
