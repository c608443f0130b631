# Primary keys, unique, check and foreign key constraints.

# case: add primary key to existing table
-- current
CREATE TABLE t (id int NOT NULL, name text);
-- desired
CREATE TABLE t (id int PRIMARY KEY, name text);
-- up
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
-- down
ALTER TABLE public.t DROP CONSTRAINT t_pkey;

# case: composite primary key and named constraint
-- current
CREATE TABLE t (a int, b int);
-- desired
CREATE TABLE t (a int, b int, CONSTRAINT t_ab PRIMARY KEY (a, b));
-- up
ALTER TABLE public.t ALTER COLUMN a SET NOT NULL;
ALTER TABLE public.t ALTER COLUMN b SET NOT NULL;
ALTER TABLE public.t ADD CONSTRAINT t_ab PRIMARY KEY (a, b);
-- down
ALTER TABLE public.t DROP CONSTRAINT t_ab;
ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL;
ALTER TABLE public.t ALTER COLUMN b DROP NOT NULL;

# case: change primary key columns
-- current
CREATE TABLE t (a int, b int, PRIMARY KEY (a));
-- desired
CREATE TABLE t (a int, b int, PRIMARY KEY (a, b));
-- up
ALTER TABLE public.t DROP CONSTRAINT t_pkey;
ALTER TABLE public.t ALTER COLUMN b SET NOT NULL;
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (a, b);
-- down
ALTER TABLE public.t DROP CONSTRAINT t_pkey;
ALTER TABLE public.t ALTER COLUMN b DROP NOT NULL;
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (a);

# case: add unique constraint
-- current
CREATE TABLE t (id int, email text);
-- desired
CREATE TABLE t (id int, email text UNIQUE);
-- up
ALTER TABLE public.t ADD CONSTRAINT t_email_key UNIQUE (email);
-- down
ALTER TABLE public.t DROP CONSTRAINT t_email_key;

# case: multi-column unique with include and nulls not distinct
-- min-version
15
-- current
CREATE TABLE t (a int, b int, c int);
-- desired
CREATE TABLE t (a int, b int, c int, UNIQUE NULLS NOT DISTINCT (a, b) INCLUDE (c));
-- up
ALTER TABLE public.t ADD CONSTRAINT t_a_b_c_key UNIQUE NULLS NOT DISTINCT (a, b) INCLUDE (c);
-- down
ALTER TABLE public.t DROP CONSTRAINT t_a_b_c_key;

# case: nulls not distinct is a real difference
-- min-version
15
-- current
CREATE TABLE t (a int, UNIQUE (a));
-- desired
CREATE TABLE t (a int, UNIQUE NULLS NOT DISTINCT (a));
-- up
ALTER TABLE public.t DROP CONSTRAINT t_a_key;
ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE NULLS NOT DISTINCT (a);
-- down
ALTER TABLE public.t DROP CONSTRAINT t_a_key;
ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE (a);

# case: add check constraint
-- current
CREATE TABLE t (price numeric);
-- desired
CREATE TABLE t (price numeric CHECK (price > 0));
-- up
ALTER TABLE public.t ADD CONSTRAINT t_price_check CHECK (price > 0);
-- down
ALTER TABLE public.t DROP CONSTRAINT t_price_check;

# case: change check constraint expression
-- current
CREATE TABLE t (qty int CONSTRAINT qty_positive CHECK (qty > 0));
-- desired
CREATE TABLE t (qty int CONSTRAINT qty_positive CHECK (qty >= 0));
-- up
ALTER TABLE public.t DROP CONSTRAINT qty_positive;
ALTER TABLE public.t ADD CONSTRAINT qty_positive CHECK (qty >= 0);
-- down
ALTER TABLE public.t DROP CONSTRAINT qty_positive;
ALTER TABLE public.t ADD CONSTRAINT qty_positive CHECK (qty > 0);

# case: table check over two columns gets the table-only name
-- current
CREATE TABLE t (lo int, hi int);
-- desired
CREATE TABLE t (lo int, hi int, CHECK (lo <= hi), CHECK (lo > 0));
-- up
ALTER TABLE public.t ADD CONSTRAINT t_check CHECK (lo <= hi);
ALTER TABLE public.t ADD CONSTRAINT t_lo_check CHECK (lo > 0);
-- down
ALTER TABLE public.t DROP CONSTRAINT t_check;
ALTER TABLE public.t DROP CONSTRAINT t_lo_check;

# case: check with boolean logic, IN, BETWEEN and LIKE
-- current
CREATE TABLE t (status text, n int, code text);
-- desired
CREATE TABLE t (status text, n int, code text,
  CONSTRAINT status_ok CHECK (status IN ('new', 'done') OR status IS NULL),
  CONSTRAINT n_range CHECK (n BETWEEN 1 AND 10 AND NOT (n = 5)),
  CONSTRAINT code_shape CHECK (code LIKE 'A%' AND code NOT ILIKE '%x'));
-- up
ALTER TABLE public.t ADD CONSTRAINT status_ok CHECK ((status IN ('new', 'done')) OR (status IS NULL));
ALTER TABLE public.t ADD CONSTRAINT n_range CHECK ((n BETWEEN 1 AND 10) AND (NOT (n = 5)));
ALTER TABLE public.t ADD CONSTRAINT code_shape CHECK ((code LIKE 'A%') AND (code NOT ILIKE '%x'));
-- down
ALTER TABLE public.t DROP CONSTRAINT status_ok;
ALTER TABLE public.t DROP CONSTRAINT n_range;
ALTER TABLE public.t DROP CONSTRAINT code_shape;

# case: add foreign key to existing tables
-- current
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE posts (id int PRIMARY KEY, user_id int);
-- desired
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users (id) ON DELETE CASCADE);
-- up
ALTER TABLE public.posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;
-- down
ALTER TABLE public.posts DROP CONSTRAINT posts_user_id_fkey;

# case: change foreign key action
-- current
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users ON DELETE CASCADE);
-- desired
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users ON DELETE SET NULL ON UPDATE RESTRICT);
-- up
ALTER TABLE public.posts DROP CONSTRAINT posts_user_id_fkey;
ALTER TABLE public.posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON UPDATE RESTRICT ON DELETE SET NULL;
-- down
ALTER TABLE public.posts DROP CONSTRAINT posts_user_id_fkey;
ALTER TABLE public.posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE CASCADE;

# case: deferrable composite foreign key with match full
-- current
CREATE TABLE parent (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE child (a int, b int);
-- desired
CREATE TABLE parent (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE child (a int, b int, CONSTRAINT child_parent FOREIGN KEY (a, b) REFERENCES parent MATCH FULL DEFERRABLE INITIALLY DEFERRED);
-- up
ALTER TABLE public.child ADD CONSTRAINT child_parent FOREIGN KEY (a, b) REFERENCES public.parent (a, b) MATCH FULL DEFERRABLE INITIALLY DEFERRED;
-- down
ALTER TABLE public.child DROP CONSTRAINT child_parent;

# case: new tables are created after the tables they reference
-- current
-- desired
CREATE TABLE m_regions (id int PRIMARY KEY);
CREATE TABLE z_customers (id int PRIMARY KEY, region_id int REFERENCES m_regions (id));
CREATE TABLE a_orders (id int PRIMARY KEY, customer_id int REFERENCES z_customers (id));
-- up
CREATE TABLE public.m_regions (id integer PRIMARY KEY);
CREATE TABLE public.z_customers (id integer PRIMARY KEY, region_id integer REFERENCES public.m_regions (id));
CREATE TABLE public.a_orders (id integer PRIMARY KEY, customer_id integer REFERENCES public.z_customers (id));
-- down
DROP TABLE public.a_orders;
DROP TABLE public.z_customers;
DROP TABLE public.m_regions;

# case: foreign key cycle between new tables is added after both exist
-- current
-- desired
CREATE TABLE a (id int PRIMARY KEY, b_id int);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));
ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id);
-- up
CREATE TABLE public.b (id integer PRIMARY KEY, a_id integer);
CREATE TABLE public.a (id integer PRIMARY KEY, b_id integer, CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES public.b (id));
ALTER TABLE public.b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a (id);
-- down
ALTER TABLE public.b DROP CONSTRAINT b_a_id_fkey;
DROP TABLE public.a;
DROP TABLE public.b;

# case: self-referencing foreign key stays inline
-- current
-- desired
CREATE TABLE node (id int PRIMARY KEY, parent_id int REFERENCES node (id));
-- up
CREATE TABLE public.node (id integer PRIMARY KEY, parent_id integer REFERENCES public.node (id));
-- down
DROP TABLE public.node;

# case: new table referencing a new column of an existing table
-- current
CREATE TABLE users (id int PRIMARY KEY);
-- desired
CREATE TABLE users (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE badges (user_code text REFERENCES users (code));
-- up
CREATE TABLE public.badges (user_code text);
ALTER TABLE public.users ADD COLUMN code text;
ALTER TABLE public.users ADD CONSTRAINT users_code_key UNIQUE (code);
ALTER TABLE public.badges ADD CONSTRAINT badges_user_code_fkey FOREIGN KEY (user_code) REFERENCES public.users (code);
-- down
ALTER TABLE public.badges DROP CONSTRAINT badges_user_code_fkey;
ALTER TABLE public.users DROP CONSTRAINT users_code_key;
DROP TABLE public.badges;
ALTER TABLE public.users DROP COLUMN code;

# case: replacing a referenced primary key recreates the foreign keys that use it
-- current
CREATE TABLE users (id int, name text, CONSTRAINT users_pkey PRIMARY KEY (id));
CREATE TABLE posts (user_id int REFERENCES users (id));
-- desired
CREATE TABLE users (id int, name text, CONSTRAINT users_pkey PRIMARY KEY (id) INCLUDE (name));
CREATE TABLE posts (user_id int REFERENCES users (id));
-- up
ALTER TABLE public.posts DROP CONSTRAINT posts_user_id_fkey;
ALTER TABLE public.users DROP CONSTRAINT users_pkey;
ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id) INCLUDE (name);
ALTER TABLE public.posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id);
-- down
ALTER TABLE public.posts DROP CONSTRAINT posts_user_id_fkey;
ALTER TABLE public.users DROP CONSTRAINT users_pkey;
ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER TABLE public.posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id);

# case: dropping a referenced table drops the foreign key first
-- current
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE posts (id int, user_id int REFERENCES users (id));
-- desired
CREATE TABLE posts (id int, user_id int);
-- up
ALTER TABLE public.posts DROP CONSTRAINT posts_user_id_fkey;
DROP TABLE public.users;
-- down
CREATE TABLE public.users (id integer PRIMARY KEY);
ALTER TABLE public.posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id);

# case: foreign key in another schema
-- current
CREATE SCHEMA billing;
CREATE TABLE accounts (id bigint PRIMARY KEY);
-- desired
CREATE SCHEMA billing;
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id));
-- up
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES public.accounts (id));
-- down
DROP TABLE billing.invoices;

# case: constraints are added with ALTER TABLE in pg_dump style
-- current
-- desired
CREATE TABLE public.t (id integer NOT NULL, ref integer);
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.t ADD CONSTRAINT t_ref_fkey FOREIGN KEY (ref) REFERENCES public.t(id);
-- up
CREATE TABLE public.t (id integer PRIMARY KEY, ref integer REFERENCES public.t (id));
-- down
DROP TABLE public.t;

# case: exclusion constraints, named by PostgreSQL's rule or by hand
-- current
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE room (id int PRIMARY KEY, during tstzrange);
CREATE TABLE booking (room_id int, during tstzrange, cancelled boolean NOT NULL DEFAULT false);
-- desired
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE room (id int PRIMARY KEY, during tstzrange, EXCLUDE USING gist (id WITH =, during WITH &&));
CREATE TABLE booking (room_id int, during tstzrange, cancelled boolean NOT NULL DEFAULT false);
ALTER TABLE booking ADD CONSTRAINT no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (NOT cancelled) DEFERRABLE;
-- up
ALTER TABLE public.booking ADD CONSTRAINT no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (NOT cancelled) DEFERRABLE;
ALTER TABLE public.room ADD CONSTRAINT room_id_during_excl EXCLUDE USING gist (id WITH =, during WITH &&);
-- down
ALTER TABLE public.booking DROP CONSTRAINT no_overlap;
ALTER TABLE public.room DROP CONSTRAINT room_id_during_excl;

# case: an exclusion constraint with a new operator is dropped and added again
-- current
CREATE TABLE slot (during tsrange, EXCLUDE USING gist (during WITH &&));
-- desired
CREATE TABLE slot (during tsrange, EXCLUDE USING gist (during WITH =));
-- up
ALTER TABLE public.slot DROP CONSTRAINT slot_during_excl;
ALTER TABLE public.slot ADD CONSTRAINT slot_during_excl EXCLUDE USING gist (during WITH =);
-- down
ALTER TABLE public.slot DROP CONSTRAINT slot_during_excl;
ALTER TABLE public.slot ADD CONSTRAINT slot_during_excl EXCLUDE USING gist (during WITH &&);

# case: a table made with an exclusion constraint
-- current
CREATE TABLE other (id int);
-- desired
CREATE TABLE other (id int);
CREATE TABLE shift (worker int, during tstzrange, EXCLUDE USING gist (during WITH &&) INCLUDE (worker));
-- up
CREATE TABLE public.shift (worker integer, during tstzrange, CONSTRAINT shift_during_worker_excl EXCLUDE USING gist (during WITH &&) INCLUDE (worker));
-- down
DROP TABLE public.shift;

# case: constraints added NOT VALID stay so; validated later with VALIDATE CONSTRAINT
-- current
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int, parent_id int, n int);
-- desired
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int, parent_id int, n int);
ALTER TABLE child ADD CONSTRAINT child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
ALTER TABLE child ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;
-- up
ALTER TABLE public.child ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;
ALTER TABLE public.child ADD CONSTRAINT child_parent FOREIGN KEY (parent_id) REFERENCES public.parent (id) NOT VALID;
-- down
ALTER TABLE public.child DROP CONSTRAINT child_parent;
ALTER TABLE public.child DROP CONSTRAINT n_positive;

# case: a NOT VALID constraint validated
-- current
CREATE TABLE t (n int);
ALTER TABLE t ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;
-- desired
CREATE TABLE t (n int);
ALTER TABLE t ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;
ALTER TABLE t VALIDATE CONSTRAINT n_positive;
-- up
ALTER TABLE public.t VALIDATE CONSTRAINT n_positive;
-- down
ALTER TABLE public.t DROP CONSTRAINT n_positive;
ALTER TABLE public.t ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;

# case: a new table whose constraints are NOT VALID in the desired state
-- current
CREATE TABLE other (id int);
-- desired
CREATE TABLE other (id int);
CREATE TABLE t (n int);
ALTER TABLE t ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;
-- up
CREATE TABLE public.t (n integer);
ALTER TABLE public.t ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;
-- down
DROP TABLE public.t;

# case: comments on table and domain constraints
-- current
CREATE TABLE t (id int PRIMARY KEY, email text UNIQUE, n int CHECK (n > 0));
CREATE DOMAIN positive AS int CONSTRAINT positive_check CHECK (VALUE > 0);
-- desired
CREATE TABLE t (id int PRIMARY KEY, email text UNIQUE, n int CHECK (n > 0));
CREATE DOMAIN positive AS int CONSTRAINT positive_check CHECK (VALUE > 0);
COMMENT ON CONSTRAINT t_pkey ON t IS 'the key';
COMMENT ON CONSTRAINT t_email_key ON t IS 'one account per address';
COMMENT ON CONSTRAINT t_n_check ON t IS 'counts';
COMMENT ON CONSTRAINT positive_check ON DOMAIN positive IS 'above zero';
-- up
COMMENT ON CONSTRAINT positive_check ON DOMAIN public.positive IS 'above zero';
COMMENT ON CONSTRAINT t_pkey ON public.t IS 'the key';
COMMENT ON CONSTRAINT t_email_key ON public.t IS 'one account per address';
COMMENT ON CONSTRAINT t_n_check ON public.t IS 'counts';
-- down
COMMENT ON CONSTRAINT positive_check ON DOMAIN public.positive IS NULL;
COMMENT ON CONSTRAINT t_pkey ON public.t IS NULL;
COMMENT ON CONSTRAINT t_email_key ON public.t IS NULL;
COMMENT ON CONSTRAINT t_n_check ON public.t IS NULL;

# case: PRIMARY KEY and UNIQUE USING INDEX: the index becomes the constraint's, renamed to it
-- current
CREATE TABLE t (id int, email text, nick text);
-- desired
CREATE TABLE t (id int, email text, nick text);
CREATE UNIQUE INDEX t_id_idx ON t (id);
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_idx;
CREATE UNIQUE INDEX t_email_nick_idx ON t (email) INCLUDE (nick);
ALTER TABLE t ADD UNIQUE USING INDEX t_email_nick_idx DEFERRABLE;
-- up
ALTER TABLE public.t ALTER COLUMN id SET NOT NULL;
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
ALTER TABLE public.t ADD CONSTRAINT t_email_nick_idx UNIQUE (email) INCLUDE (nick) DEFERRABLE;
-- down
ALTER TABLE public.t DROP CONSTRAINT t_pkey;
ALTER TABLE public.t DROP CONSTRAINT t_email_nick_idx;
ALTER TABLE public.t ALTER COLUMN id DROP NOT NULL;

# case: a constraint made USING INDEX is the same as one written out
-- min-version
15
-- current
CREATE TABLE t (id int PRIMARY KEY, code text CONSTRAINT t_code_key UNIQUE NULLS NOT DISTINCT);
-- desired
CREATE TABLE t (id int NOT NULL, code text);
CREATE UNIQUE INDEX t_pkey ON t (id);
ALTER TABLE t ADD PRIMARY KEY USING INDEX t_pkey;
CREATE UNIQUE INDEX t_code_idx ON t (code) NULLS NOT DISTINCT;
ALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE USING INDEX t_code_idx;
-- up
-- down

# case: USING INDEX takes only an index the constraint could have made
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int);
CREATE UNIQUE INDEX t_id_idx ON t (id DESC);
ALTER TABLE t ADD PRIMARY KEY USING INDEX t_id_idx;
-- error
index "t_id_idx" does not have default sorting behavior

# case: USING INDEX needs a unique index
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int);
CREATE INDEX t_id_idx ON t (id);
ALTER TABLE t ADD UNIQUE USING INDEX t_id_idx;
-- error
index "t_id_idx" is not a unique index
