-- An index's columns in order (an expression has no name).
SELECT name AS column_name FROM pragma_index_info(:index) ORDER BY seqno
