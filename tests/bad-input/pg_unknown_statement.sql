-- case: a statement schemac does not model
-- run: inspect {input}
-- exit: 1
-- expect: :6:1: error: VacuumStmt is not supported yet
CREATE TABLE t (a int);
VACUUM t;
