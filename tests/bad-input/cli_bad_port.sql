-- case: a port that is no number
-- run: plan postgres://localhost:notaport/db {input}
-- exit: 1
-- expect: invalid integer value "notaport" for connection option "port"
CREATE TABLE t (a int);
