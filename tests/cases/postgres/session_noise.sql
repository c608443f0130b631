# What pg_dump writes around the schema is accepted and ignored on purpose:
# session settings, the search_path, sequence values, and rows.

# case: pg_dump header, sequence values and rows change nothing
-- current
CREATE TABLE public.settings (key text PRIMARY KEY, value text);
CREATE SEQUENCE public.ticket_seq;
-- desired
SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.settings (key text PRIMARY KEY, value text);
ALTER TABLE public.settings OWNER TO CURRENT_USER;
CREATE SEQUENCE public.ticket_seq;
INSERT INTO public.settings VALUES ('theme', 'dark');
SELECT pg_catalog.setval('public.ticket_seq', 42, true);
-- up
-- down
