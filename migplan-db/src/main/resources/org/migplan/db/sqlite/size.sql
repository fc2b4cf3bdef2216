-- Bytes of the table and of its indexes (needs the dbstat virtual table).
SELECT (SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = :table) AS table_bytes,
       (SELECT coalesce(sum(pgsize), 0) FROM dbstat
         WHERE name IN (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :table))
         AS index_bytes
