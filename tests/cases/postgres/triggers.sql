# Triggers: timing, events, row or statement, WHEN, transition tables,
# constraint triggers, and their order next to the functions they run.

# case: create trigger with its function
-- current
CREATE TABLE t (id int, updated_at timestamptz);
-- desired
CREATE TABLE t (id int, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $function$ BEGIN NEW.updated_at := now(); RETURN NEW; END $function$;
CREATE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch();
-- down
DROP TRIGGER t_touch ON public.t;
DROP FUNCTION public.touch();

# case: events, UPDATE OF columns, WHEN and arguments
-- current
CREATE TABLE t (id int, a int, b int);
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
-- desired
CREATE TABLE t (id int, a int, b int);
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER t_audit AFTER INSERT OR UPDATE OF a, b OR DELETE ON t FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE PROCEDURE audit('t', 'all');
-- up
CREATE TRIGGER t_audit AFTER INSERT OR UPDATE OF a, b OR DELETE ON public.t FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION public.audit('t', 'all');
-- down
DROP TRIGGER t_audit ON public.t;

# case: statement trigger with a transition table
-- current
CREATE TABLE t (id int);
CREATE FUNCTION count_new() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
-- desired
CREATE TABLE t (id int);
CREATE FUNCTION count_new() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER t_count AFTER INSERT ON t REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION count_new();
-- up
CREATE TRIGGER t_count AFTER INSERT ON public.t REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public.count_new();
-- down
DROP TRIGGER t_count ON public.t;

# case: a changed trigger is replaced in place
-- current
CREATE TABLE t (id int, n int);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_f BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
-- desired
CREATE TABLE t (id int, n int);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_f BEFORE INSERT OR UPDATE ON t FOR EACH ROW WHEN (NEW.n IS NOT NULL) EXECUTE FUNCTION f();
-- up
CREATE OR REPLACE TRIGGER t_f BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW WHEN (new.n IS NOT NULL) EXECUTE FUNCTION public.f();
-- down
CREATE OR REPLACE TRIGGER t_f BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.f();

# case: constraint trigger
-- current
CREATE TABLE t (id int);
CREATE FUNCTION check_later() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
-- desired
CREATE TABLE t (id int);
CREATE FUNCTION check_later() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER t_check AFTER INSERT OR UPDATE ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_later();
-- up
CREATE CONSTRAINT TRIGGER t_check AFTER INSERT OR UPDATE ON public.t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_later();
-- down
DROP TRIGGER t_check ON public.t;

# case: drop trigger and the function it runs
-- current
CREATE TABLE t (id int);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_f BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
-- desired
CREATE TABLE t (id int);
-- up
DROP TRIGGER t_f ON public.t;
DROP FUNCTION public.f();
-- down
SET check_function_bodies = false;
CREATE FUNCTION public.f() RETURNS trigger LANGUAGE plpgsql AS $function$ BEGIN RETURN NEW; END $function$;
CREATE TRIGGER t_f BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.f();

# case: a trigger moved to another function, the old one dropped after
-- current
CREATE TABLE t (id int);
CREATE FUNCTION old_f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_f BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION old_f();
-- desired
CREATE TABLE t (id int);
CREATE FUNCTION new_f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_f BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION new_f();
-- up
SET check_function_bodies = false;
DROP TRIGGER t_f ON public.t;
CREATE FUNCTION public.new_f() RETURNS trigger LANGUAGE plpgsql AS $function$ BEGIN RETURN NEW; END $function$;
CREATE TRIGGER t_f BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.new_f();
DROP FUNCTION public.old_f();
-- down
SET check_function_bodies = false;
DROP TRIGGER t_f ON public.t;
CREATE FUNCTION public.old_f() RETURNS trigger LANGUAGE plpgsql AS $function$ BEGIN RETURN NEW; END $function$;
CREATE TRIGGER t_f BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.old_f();
DROP FUNCTION public.new_f();

# case: INSTEAD OF trigger on a view
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
CREATE FUNCTION v_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t VALUES (NEW.id); RETURN NEW; END $$;
CREATE TRIGGER v_insert INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION v_insert();
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.v_insert() RETURNS trigger LANGUAGE plpgsql AS $function$ BEGIN INSERT INTO t VALUES (NEW.id); RETURN NEW; END $function$;
CREATE VIEW public.v AS SELECT id FROM public.t;
CREATE TRIGGER v_insert INSTEAD OF INSERT ON public.v FOR EACH ROW EXECUTE FUNCTION public.v_insert();
-- down
DROP VIEW public.v;
DROP FUNCTION public.v_insert();

# case: a view made again gets its INSTEAD OF trigger back
-- current
CREATE TABLE t (id int, n int);
CREATE VIEW v AS SELECT id FROM t;
CREATE FUNCTION v_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER v_insert INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION v_insert();
-- desired
CREATE TABLE t (id int, n int);
CREATE VIEW v AS SELECT id, n FROM t;
CREATE FUNCTION v_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER v_insert INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION v_insert();
-- up
DROP VIEW public.v;
CREATE VIEW public.v AS SELECT id, n FROM public.t;
CREATE TRIGGER v_insert INSTEAD OF INSERT ON public.v FOR EACH ROW EXECUTE FUNCTION public.v_insert();
-- down
DROP VIEW public.v;
CREATE VIEW public.v AS SELECT id FROM public.t;
CREATE TRIGGER v_insert INSTEAD OF INSERT ON public.v FOR EACH ROW EXECUTE FUNCTION public.v_insert();

# case: comment on trigger
-- current
CREATE TABLE t (id int);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_f BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
-- desired
CREATE TABLE t (id int);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_f BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
COMMENT ON TRIGGER t_f ON t IS 'fills defaults';
-- up
COMMENT ON TRIGGER t_f ON public.t IS 'fills defaults';
-- down
COMMENT ON TRIGGER t_f ON public.t IS NULL;

# case: triggers of a dropped table go with it
-- current
CREATE TABLE t (id int);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_f BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
-- desired
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
-- up
DROP TABLE public.t;
-- down
CREATE TABLE public.t (id integer);
CREATE TRIGGER t_f BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.f();

# case: triggers replaced and dropped in the file
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER a BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
CREATE OR REPLACE TRIGGER a AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION f();
DROP TRIGGER b ON t;
DROP TRIGGER IF EXISTS c ON t;
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.f() RETURNS trigger LANGUAGE plpgsql AS $function$ BEGIN RETURN NEW; END $function$;
CREATE TRIGGER a AFTER DELETE ON public.t FOR EACH ROW EXECUTE FUNCTION public.f();
-- down
DROP TRIGGER a ON public.t;
DROP FUNCTION public.f();
