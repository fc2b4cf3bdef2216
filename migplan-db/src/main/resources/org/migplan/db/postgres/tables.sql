-- Tables visible on the search path, the first schema on the path first.
SELECT n.nspname AS schema_name, c.relname AS table_name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname = ANY (pg_catalog.current_schemas(false))
ORDER BY pg_catalog.array_position(pg_catalog.current_schemas(false), n.nspname), c.relname
