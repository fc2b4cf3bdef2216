-- The CREATE TABLE statement as SQLite keeps it.
SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :table
