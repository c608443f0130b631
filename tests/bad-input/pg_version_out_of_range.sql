-- case: --pg-version names a major schemac does not write for
-- run: diff /dev/null {input} --pg-version 13
-- exit: 1
-- expect: --pg-version
CREATE TABLE t (a int);
