-- case: a collation option written without its value (found by fuzzing: it read freed memory)
-- run: inspect {input}
-- exit: 1
-- expect: :5:21: error: this option needs a value
CREATE COLLATION c (provider);
