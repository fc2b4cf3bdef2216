-- Every table's foreign keys, for reading many tables' schemas at once.
SELECT m.name AS table_name, f.id AS key_id, f.seq AS position, f."table" AS referenced_table,
       f."from" AS column_name, f."to" AS referenced_column, f.on_delete AS on_delete
FROM sqlite_master m
JOIN pragma_foreign_key_list(m.name) f
WHERE m.type = 'table'
ORDER BY m.name, f.id, f.seq
