CREATE TABLE t (id int, n int);
CREATE VIEW v AS SELECT id, n FROM t;
GRANT SELECT ON v TO schemac_reader;

-- desired
CREATE TABLE t (id int, n bigint);
CREATE VIEW v AS SELECT id, n FROM t;
GRANT SELECT ON v TO optionsschemac_reader;
