-- case: only semicolons and comments
-- run: inspect {input}
-- exit: 0
;;;
-- nothing
;
