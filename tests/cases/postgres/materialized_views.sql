# Materialized views and their indexes.

# case: create materialized view with an index
-- current
CREATE TABLE orders (id int PRIMARY KEY, customer int NOT NULL, total numeric NOT NULL);
-- desired
CREATE TABLE orders (id int PRIMARY KEY, customer int NOT NULL, total numeric NOT NULL);
CREATE MATERIALIZED VIEW customer_totals AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer WITH NO DATA;
CREATE UNIQUE INDEX customer_totals_customer ON customer_totals (customer);
COMMENT ON MATERIALIZED VIEW customer_totals IS 'refreshed nightly';
-- up
CREATE MATERIALIZED VIEW public.customer_totals AS SELECT customer, sum(total) AS total FROM public.orders GROUP BY customer;
CREATE UNIQUE INDEX customer_totals_customer ON public.customer_totals (customer);
COMMENT ON MATERIALIZED VIEW public.customer_totals IS 'refreshed nightly';
-- down
DROP MATERIALIZED VIEW public.customer_totals;

# case: add an index to a materialized view
-- current
CREATE TABLE t (id int, n int);
CREATE MATERIALIZED VIEW mv AS SELECT id, n FROM t;
-- desired
CREATE TABLE t (id int, n int);
CREATE MATERIALIZED VIEW mv AS SELECT id, n FROM t;
CREATE INDEX ON mv (n DESC);
-- up
CREATE INDEX mv_n_idx ON public.mv (n DESC);
-- down
DROP INDEX public.mv_n_idx;

# case: changed definition recreates the materialized view and its indexes
-- current
CREATE TABLE t (id int, n int);
CREATE MATERIALIZED VIEW mv AS SELECT id, n FROM t;
CREATE INDEX mv_n ON mv (n);
COMMENT ON INDEX mv_n IS 'by n';
-- desired
CREATE TABLE t (id int, n int);
CREATE MATERIALIZED VIEW mv AS SELECT id, n FROM t WHERE n > 0;
CREATE INDEX mv_n ON mv (n);
COMMENT ON INDEX mv_n IS 'by n';
-- up
DROP MATERIALIZED VIEW public.mv;
CREATE MATERIALIZED VIEW public.mv AS SELECT id, n FROM public.t WHERE n > 0;
CREATE INDEX mv_n ON public.mv (n);
COMMENT ON INDEX public.mv_n IS 'by n';
-- down
DROP MATERIALIZED VIEW public.mv;
CREATE MATERIALIZED VIEW public.mv AS SELECT id, n FROM public.t;
CREATE INDEX mv_n ON public.mv (n);
COMMENT ON INDEX public.mv_n IS 'by n';

# case: a view reading a materialized view
-- current
CREATE TABLE t (id int, n int);
-- desired
CREATE TABLE t (id int, n int);
CREATE MATERIALIZED VIEW mv AS SELECT n FROM t;
CREATE VIEW big AS SELECT n FROM mv WHERE n > 100;
-- up
CREATE MATERIALIZED VIEW public.mv AS SELECT n FROM public.t;
CREATE VIEW public.big AS SELECT n FROM public.mv WHERE n > 100;
-- down
DROP VIEW public.big;
DROP MATERIALIZED VIEW public.mv;

# case: materialized view storage options
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int);
CREATE MATERIALIZED VIEW mv WITH (fillfactor = 70) AS SELECT id FROM t;
-- up
CREATE MATERIALIZED VIEW public.mv WITH (fillfactor=70) AS SELECT id FROM public.t;
-- down
DROP MATERIALIZED VIEW public.mv;

# case: drop materialized view
-- current
CREATE TABLE t (id int);
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
CREATE INDEX mv_id ON mv (id);
-- desired
CREATE TABLE t (id int);
-- up
DROP MATERIALIZED VIEW public.mv;
-- down
CREATE MATERIALIZED VIEW public.mv AS SELECT id FROM public.t;
CREATE INDEX mv_id ON public.mv (id);
