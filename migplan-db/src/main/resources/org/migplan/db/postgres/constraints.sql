-- Primary key, unique and check constraints of the tables named by :schemas/:tables (pairs),
-- with their columns and definitions.
SELECT n.nspname AS table_schema,
       c.relname AS table_name,
       con.conname AS constraint_name,
       con.contype AS constraint_type,
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       ARRAY(SELECT a.attname
             FROM pg_catalog.unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
             ORDER BY k.position) AS columns
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN ROWS FROM (pg_catalog.unnest(CAST(:schemas AS text[])),
               pg_catalog.unnest(CAST(:tables AS text[]))) AS wanted(schema_name, table_name)
  ON wanted.schema_name = n.nspname AND wanted.table_name = c.relname
WHERE con.contype IN ('p', 'u', 'c')
ORDER BY n.nspname, c.relname, con.conname
