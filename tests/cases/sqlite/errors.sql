# SQLite: schema files SQLite would refuse are refused with a position.

# case: a key column that does not exist
-- current
-- desired
CREATE TABLE t (a INTEGER, PRIMARY KEY (b));
-- error
[a key column that does not exist] desired:1:

# case: an index on a missing table
-- current
-- desired
CREATE INDEX i ON nowhere (a);
-- error
[an index on a missing table] desired:1:19: error: no such table: nowhere

# case: two primary keys
-- current
-- desired
CREATE TABLE t (a INTEGER PRIMARY KEY, b INTEGER, PRIMARY KEY (b));
-- error
has more than one primary key

# case: a trigger on a missing table
-- current
-- desired
CREATE TRIGGER tr AFTER INSERT ON nowhere BEGIN SELECT 1; END;
-- error
no such table: nowhere

# case: dropping a column that is not there
-- current
-- desired
CREATE TABLE t (a INTEGER);
ALTER TABLE t DROP COLUMN b;
-- error
no such column

# case: a table made twice
-- current
-- desired
CREATE TABLE t (a INTEGER);
CREATE TABLE T (b INTEGER);
-- error
desired:2:1: error: table T already exists
