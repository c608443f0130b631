-- case: views that read each other (made through OR REPLACE)
-- run: inspect {input}
-- exit: 1
-- expect: views read each other: public.a -> public.b -> public.a
CREATE VIEW a AS SELECT 1 AS x;
CREATE VIEW b AS SELECT x FROM a;
CREATE OR REPLACE VIEW a AS SELECT x FROM b;
