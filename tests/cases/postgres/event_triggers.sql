# Event triggers: database-wide, made after the function they run, made
# again when what they fire on changes, switched on and off in place.

# case: an event trigger with a tag filter, disabled, with a comment
-- current
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;
-- desired
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;
CREATE EVENT TRIGGER audit_ddl ON ddl_command_end WHEN TAG IN ('create table', 'ALTER TABLE') EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER audit_ddl DISABLE;
COMMENT ON EVENT TRIGGER audit_ddl IS 'kept for audits';
-- up
CREATE EVENT TRIGGER audit_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION public.log_ddl();
ALTER EVENT TRIGGER audit_ddl DISABLE;
COMMENT ON EVENT TRIGGER audit_ddl IS 'kept for audits';
-- down
DROP EVENT TRIGGER audit_ddl;

# case: new tags make it again; enabling is in place
-- current
CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER a ON ddl_command_start WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION f();
CREATE EVENT TRIGGER b ON sql_drop EXECUTE FUNCTION f();
ALTER EVENT TRIGGER b DISABLE;
-- desired
CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER a ON ddl_command_start WHEN TAG IN ('CREATE TABLE', 'DROP TABLE') EXECUTE FUNCTION f();
CREATE EVENT TRIGGER b ON sql_drop EXECUTE FUNCTION f();
ALTER EVENT TRIGGER b ENABLE ALWAYS;
-- up
DROP EVENT TRIGGER a;
CREATE EVENT TRIGGER a ON ddl_command_start WHEN TAG IN ('CREATE TABLE', 'DROP TABLE') EXECUTE FUNCTION public.f();
ALTER EVENT TRIGGER b ENABLE ALWAYS;
-- down
DROP EVENT TRIGGER a;
CREATE EVENT TRIGGER a ON ddl_command_start WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.f();
ALTER EVENT TRIGGER b DISABLE;

# case: dropped with the function it runs
-- current
CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER a ON table_rewrite EXECUTE FUNCTION f();
-- desired
CREATE TABLE t (id int);
-- up
DROP EVENT TRIGGER a;
CREATE TABLE public.t (id integer);
DROP FUNCTION public.f();
-- down
SET check_function_bodies = false;
CREATE FUNCTION public.f() RETURNS event_trigger LANGUAGE plpgsql AS $function$ BEGIN END $function$;
DROP TABLE public.t;
CREATE EVENT TRIGGER a ON table_rewrite EXECUTE FUNCTION public.f();
