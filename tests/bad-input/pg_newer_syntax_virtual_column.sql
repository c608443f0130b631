-- case: PostgreSQL 18's virtual generated column, offline: the bundled parser is 15's
-- run: diff /dev/null {input}
-- exit: 1
-- expect: syntax error at or near "VIRTUAL"
-- expect: hint: virtual generated columns came in PostgreSQL 18; the bundled parser reads PostgreSQL 15's grammar
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL);
