-- case: an unterminated string
-- run: inspect {input}
-- exit: 1
-- expect: :5:32: error: unterminated quoted string
CREATE TABLE t (a text DEFAULT 'oops);
