-- The columns of the tables named by :schemas/:tables (pairs), in table order, with type,
-- nullability, default and how values are generated.
SELECT n.nspname AS table_schema,
       c.relname AS table_name,
       a.attname AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS column_type,
       NOT a.attnotnull AS nullable,
       pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expression,
       CASE
         WHEN a.attidentity = 'a' THEN 'identity always'
         WHEN a.attidentity = 'd' THEN 'identity by default'
         WHEN pg_catalog.pg_get_serial_sequence(
                pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname),
                a.attname) IS NOT NULL THEN 'serial'
         ELSE ''
       END AS identity
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN ROWS FROM (pg_catalog.unnest(CAST(:schemas AS text[])),
               pg_catalog.unnest(CAST(:tables AS text[]))) AS wanted(schema_name, table_name)
  ON wanted.schema_name = n.nspname AND wanted.table_name = c.relname
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped
ORDER BY n.nspname, c.relname, a.attnum
