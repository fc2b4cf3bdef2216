-- Foreign keys leaving or pointing at any of the tables named by :schemas/:tables (pairs).
SELECT con.conname AS constraint_name,
       sn.nspname AS table_schema,
       sc.relname AS table_name,
       ARRAY(SELECT a.attname
             FROM pg_catalog.unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
             ORDER BY k.position) AS columns,
       tn.nspname AS referenced_schema,
       tc.relname AS referenced_table,
       ARRAY(SELECT a.attname
             FROM pg_catalog.unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
             ORDER BY k.position) AS referenced_columns,
       CASE con.confdeltype
         WHEN 'a' THEN 'NO ACTION'
         WHEN 'r' THEN 'RESTRICT'
         WHEN 'c' THEN 'CASCADE'
         WHEN 'n' THEN 'SET NULL'
         WHEN 'd' THEN 'SET DEFAULT'
       END AS on_delete,
       CASE
         WHEN NOT con.condeferrable THEN 'NOT DEFERRABLE'
         WHEN con.condeferred THEN 'DEFERRABLE INITIALLY DEFERRED'
         ELSE 'DEFERRABLE INITIALLY IMMEDIATE'
       END AS deferrable
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class sc ON sc.oid = con.conrelid
JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
JOIN pg_catalog.pg_class tc ON tc.oid = con.confrelid
JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
WHERE con.contype = 'f'
  AND EXISTS (SELECT 1
              FROM ROWS FROM (pg_catalog.unnest(CAST(:schemas AS text[])),
                             pg_catalog.unnest(CAST(:tables AS text[])))
                   AS wanted(schema_name, table_name)
              WHERE (wanted.schema_name = sn.nspname AND wanted.table_name = sc.relname)
                 OR (wanted.schema_name = tn.nspname AND wanted.table_name = tc.relname))
ORDER BY sn.nspname, sc.relname, con.conname
