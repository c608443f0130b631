-- case: a URL scheme schemac does not know
-- run: plan mysql://localhost/db {input}
-- exit: 1
-- expect: mysql:// is not a kind of database schemac reads
CREATE TABLE t (a int);
