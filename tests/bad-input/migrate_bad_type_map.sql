-- case: a type map that is not TOML
-- run: convert {input} --type-map {input}
-- exit: 1
-- expect: :1:4: error: Error while parsing key-value pair
CREATE TABLE t (a INTEGER);
