-- case: a password of one star in a URL libpq refuses (found by fuzzing: its redaction never ended)
-- run: plan postgres://u:*@[::1/db {input}
-- exit: 1
-- expect: invalid connection string: end of string reached when looking for matching "]" in IPv6 host address in URI: "postgres://u:****@[::1/db"
CREATE TABLE t (a int);
