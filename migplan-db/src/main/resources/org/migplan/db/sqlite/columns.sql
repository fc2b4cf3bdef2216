-- A table's columns in table order; pk is the column's position in the primary key (0: none).
SELECT name AS column_name, type AS column_type, "notnull" AS not_null,
       dflt_value AS default_expression, pk AS pk_position
FROM pragma_table_info(:table)
ORDER BY cid
