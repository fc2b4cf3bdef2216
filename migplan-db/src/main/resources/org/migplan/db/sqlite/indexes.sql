-- A table's indexes: origin c (CREATE INDEX), u (UNIQUE constraint), pk (primary key).
SELECT l.name AS index_name, l."unique" AS is_unique, l.origin AS origin,
       (SELECT m.sql FROM sqlite_master m WHERE m.type = 'index' AND m.name = l.name) AS definition
FROM pragma_index_list(:table) l
ORDER BY l.name
