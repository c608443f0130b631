# DuckDB golden cases: bad input is an error at its position.

# case: a misspelled keyword
-- current
-- desired
CREATE TABEL t (a INTEGER);
-- error
desired:1:8: error: DuckDB: syntax error at or near "TABEL"

# case: an unknown type, on its line
-- current
-- desired
CREATE TABLE t (
  a INTEGER,
  b NOSUCHTYPE
);
-- error
Type with name NOSUCHTYPE does not exist

# case: a reference to a missing table
-- current
-- desired
CREATE TABLE t (a INTEGER REFERENCES nowhere (id));
-- error
Table with name nowhere does not exist
