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

# case: an error in the second statement points at its line
-- current
-- desired
CREATE TABLE a (id INTEGER);
CREATE TABLE b (id INTEGER,
  a_id INTEGER REFERENCES a (id)
);
-- error
Failed to create foreign key

# case: a duplicate table
-- current
-- desired
CREATE TABLE a (id INTEGER);
CREATE TABLE a (id INTEGER);
-- error
desired:2:1: error: DuckDB: Catalog Error: Table with name "a" already exists
