# Tables that change parents (INHERITS) while their columns and checks change.
# ALTER TABLE ... INHERIT wants the parent's columns (same type, NOT NULL
# where the parent's is) and inheritable checks on the child first; NO INHERIT
# leaves what the parent handed down as the child's own. A column or check the
# child took on before it joined stays its own in PostgreSQL's catalog
# (attislocal, conislocal), where CREATE TABLE ... INHERITS would not make it
# so: those cases say so in `-- catalog-differs`.

# case: a table joins a parent whose columns it lacks
-- current
CREATE TABLE base (id int NOT NULL, created date DEFAULT '2020-01-01');
CREATE TABLE child (id int, extra text);
-- data
INSERT INTO child VALUES (1, 'kept');
-- desired
CREATE TABLE base (id int NOT NULL, created date DEFAULT '2020-01-01');
CREATE TABLE child (extra text) INHERITS (base);
-- catalog-differs
child.id and child.created are child's own after ALTER TABLE ... INHERIT.
-- up
ALTER TABLE public.child ALTER COLUMN id SET NOT NULL;
ALTER TABLE public.child ADD COLUMN created date DEFAULT '2020-01-01';
ALTER TABLE public.child INHERIT public.base;
-- down
ALTER TABLE public.child NO INHERIT public.base;
ALTER TABLE public.child DROP COLUMN created;
ALTER TABLE public.child ALTER COLUMN id DROP NOT NULL;

# case: a table joins a parent with a check
-- current
CREATE TABLE base (id int, qty int CHECK (qty > 0));
CREATE TABLE child (id int, qty int);
-- desired
CREATE TABLE base (id int, qty int CHECK (qty > 0));
CREATE TABLE child () INHERITS (base);
-- catalog-differs
child's columns and check base_qty_check are its own after ALTER TABLE ... INHERIT.
-- up
ALTER TABLE public.child ADD CONSTRAINT base_qty_check CHECK (qty > 0);
ALTER TABLE public.child INHERIT public.base;
-- down
ALTER TABLE public.child NO INHERIT public.base;
ALTER TABLE public.child DROP CONSTRAINT base_qty_check;

# case: the same, with the check declared on the child too
-- current
CREATE TABLE base (id int, qty int CHECK (qty > 0));
CREATE TABLE child (id int, qty int);
-- desired
CREATE TABLE base (id int, qty int CHECK (qty > 0));
CREATE TABLE child (id int, qty int, CONSTRAINT base_qty_check CHECK (qty > 0)) INHERITS (base);
-- up
ALTER TABLE public.child ADD CONSTRAINT base_qty_check CHECK (qty > 0);
ALTER TABLE public.child INHERIT public.base;
-- down
ALTER TABLE public.child NO INHERIT public.base;
ALTER TABLE public.child DROP CONSTRAINT base_qty_check;

# case: a table leaves its parent and the columns it had only from there
-- current
CREATE TABLE base (id int, note text CHECK (note <> ''));
CREATE TABLE child (extra text) INHERITS (base);
-- data
INSERT INTO child VALUES (1, 'note', 'kept');
-- desired
CREATE TABLE base (id int, note text CHECK (note <> ''));
CREATE TABLE child (id int, extra text);
-- catalog-differs
down: child.id and child.note are child's own after ALTER TABLE ... INHERIT.
-- up
ALTER TABLE public.child NO INHERIT public.base;
ALTER TABLE public.child DROP CONSTRAINT base_note_check;
ALTER TABLE public.child DROP COLUMN note;
-- down
ALTER TABLE public.child ADD COLUMN note text;
ALTER TABLE public.child ADD CONSTRAINT base_note_check CHECK (note <> '');
ALTER TABLE public.child INHERIT public.base;

# case: a table moves to another parent, retyping what the old one handed down
-- current
CREATE TABLE old_base (id int, v int);
CREATE TABLE new_base (id bigint, v text, tag text NOT NULL);
CREATE TABLE child (extra text) INHERITS (old_base);
-- desired
CREATE TABLE old_base (id int, v int);
CREATE TABLE new_base (id bigint, v text, tag text NOT NULL);
CREATE TABLE child (extra text) INHERITS (new_base);
-- catalog-differs
columns taken on before ALTER TABLE ... INHERIT are the child's own.
-- up
ALTER TABLE public.child NO INHERIT public.old_base;
ALTER TABLE public.child ALTER COLUMN id TYPE bigint;
ALTER TABLE public.child ALTER COLUMN v TYPE text;
ALTER TABLE public.child ADD COLUMN tag text NOT NULL;
ALTER TABLE public.child INHERIT public.new_base;
-- down
ALTER TABLE public.child NO INHERIT public.new_base;
ALTER TABLE public.child DROP COLUMN tag;
ALTER TABLE public.child ALTER COLUMN id TYPE integer;
ALTER TABLE public.child ALTER COLUMN v TYPE integer USING v::integer;
ALTER TABLE public.child INHERIT public.old_base;

# case: a table joins a parent made in the same migration, and leaves one dropped
-- current
CREATE TABLE gone (id int, legacy text);
CREATE TABLE child (extra text) INHERITS (gone);
-- desired
CREATE TABLE fresh (id int, since date);
CREATE TABLE child (extra text) INHERITS (fresh);
-- catalog-differs
columns taken on before ALTER TABLE ... INHERIT are the child's own.
-- up
ALTER TABLE public.child NO INHERIT public.gone;
DROP TABLE public.gone;
ALTER TABLE public.child DROP COLUMN legacy;
CREATE TABLE public.fresh (id integer, since date);
ALTER TABLE public.child ADD COLUMN since date;
ALTER TABLE public.child INHERIT public.fresh;
-- down
ALTER TABLE public.child NO INHERIT public.fresh;
DROP TABLE public.fresh;
ALTER TABLE public.child DROP COLUMN since;
CREATE TABLE public.gone (id integer, legacy text);
ALTER TABLE public.child ADD COLUMN legacy text;
ALTER TABLE public.child INHERIT public.gone;

# case: a parent kept gains a column while the child joins a second parent
-- current
CREATE TABLE a (id int);
CREATE TABLE b (label text);
CREATE TABLE child (own int) INHERITS (a);
-- desired
CREATE TABLE a (id int, added int);
CREATE TABLE b (label text);
CREATE TABLE child (own int) INHERITS (a, b);
-- catalog-differs
child.label is child's own after ALTER TABLE ... INHERIT.
-- up
ALTER TABLE public.a ADD COLUMN added integer;
ALTER TABLE public.child ADD COLUMN label text;
ALTER TABLE public.child INHERIT public.b;
-- down
ALTER TABLE public.child NO INHERIT public.b;
ALTER TABLE public.a DROP COLUMN added;
ALTER TABLE public.child DROP COLUMN label;

# case: a child's own check named like its parent's stays (no statement can drop an inherited constraint)
-- current
CREATE TABLE base (qty int CHECK (qty > 0));
CREATE TABLE child (qty int, CONSTRAINT base_qty_check CHECK (qty > 0)) INHERITS (base);
-- desired
CREATE TABLE base (qty int CHECK (qty > 0));
CREATE TABLE child () INHERITS (base);
-- catalog-differs
child's check stays its own as well as inherited.
-- up
-- down

# case: joining a parent means its columns in the child must match
-- current
CREATE TABLE base (id int);
CREATE TABLE child (id int);
-- desired
CREATE TABLE base (id int);
CREATE TABLE child (id text);
ALTER TABLE child INHERIT base;
-- error
child table "child" has different type for column "id"

# case: joining a parent that holds a NOT NULL the child lacks
-- current
-- desired
CREATE TABLE base (id int NOT NULL);
CREATE TABLE child (id int);
ALTER TABLE child INHERIT base;
-- error
column "id" in child table must be marked NOT NULL

# case: joining a parent whose columns the child lacks
-- current
-- desired
CREATE TABLE base (id int, created date);
CREATE TABLE child (id int);
ALTER TABLE child INHERIT base;
-- error
child table is missing column "created"

# case: joining a parent whose check the child lacks
-- current
-- desired
CREATE TABLE base (id int CHECK (id > 0));
CREATE TABLE child (id int);
ALTER TABLE child INHERIT base;
-- error
child table is missing constraint "base_id_check"

# case: inheritance in a circle
-- current
-- desired
CREATE TABLE a (id int);
CREATE TABLE b () INHERITS (a);
ALTER TABLE a INHERIT b;
-- error
circular inheritance not allowed

# case: a column declared again in the child takes the parent's default
-- current
-- desired
CREATE TABLE base (id int, n int DEFAULT 5);
CREATE TABLE child (n int) INHERITS (base);
-- up
CREATE TABLE public.base (id integer, n integer DEFAULT 5);
CREATE TABLE public.child (n integer DEFAULT 5) INHERITS (public.base);
-- down
DROP TABLE public.child;
DROP TABLE public.base;

# case: a column declared again with another type
-- current
-- desired
CREATE TABLE base (id int);
CREATE TABLE child (id text) INHERITS (base);
-- error
column "id" has a type conflict

# case: the fuzzer's input: a table moves to a parent with another column
-- current
CREATE TABLE base (id int);
CREATE TABLE child (id int, extra text) INHERITS (base);
-- desired
CREATE TABLE other (di int);
CREATE TABLE child (id int, extra text) INHERITS (other);
-- catalog-differs
child.di is child's own after ALTER TABLE ... INHERIT.
-- up
ALTER TABLE public.child NO INHERIT public.base;
DROP TABLE public.base;
CREATE TABLE public.other (di integer);
ALTER TABLE public.child ADD COLUMN di integer;
ALTER TABLE public.child INHERIT public.other;
-- down
ALTER TABLE public.child NO INHERIT public.other;
DROP TABLE public.other;
ALTER TABLE public.child DROP COLUMN di;
CREATE TABLE public.base (id integer);
ALTER TABLE public.child INHERIT public.base;

# case: online constraints still add the check a parent wants valid before INHERIT
-- current
CREATE TABLE base (id int, qty int CHECK (qty > 0));
CREATE TABLE child (id int, qty int);
-- options
--online-constraints
-- desired
CREATE TABLE base (id int, qty int CHECK (qty > 0));
CREATE TABLE child (id int, qty int, CONSTRAINT base_qty_check CHECK (qty > 0), CONSTRAINT own_check CHECK (id > 0)) INHERITS (base);
-- up
ALTER TABLE public.child ADD CONSTRAINT base_qty_check CHECK (qty > 0);
ALTER TABLE public.child ADD CONSTRAINT own_check CHECK (id > 0) NOT VALID;
ALTER TABLE public.child INHERIT public.base;
ALTER TABLE public.child VALIDATE CONSTRAINT own_check;
-- down
ALTER TABLE public.child NO INHERIT public.base;
ALTER TABLE public.child DROP CONSTRAINT base_qty_check;
ALTER TABLE public.child DROP CONSTRAINT own_check;

# case: a table cannot inherit from itself (found by fuzzing)
-- current
-- desired
CREATE TABLE cities (name text) INHERITS (cities);
-- error
relation "cities" does not exist

# case: a table leaves a parent whose check changes (found by fuzzing)
-- current
CREATE TABLE base (id int, qty int CHECK (qty > 0));
CREATE TABLE child (id int, qty int, CONSTRAINT base_qty_check CHECK (qty > 0)) INHERITS (base);
-- desired
CREATE TABLE base (id int, qty int CHECK (qty > 1));
CREATE TABLE child (id int, qty int);
-- up
ALTER TABLE public.child NO INHERIT public.base;
ALTER TABLE public.base DROP CONSTRAINT base_qty_check;
ALTER TABLE public.child DROP CONSTRAINT base_qty_check;
ALTER TABLE public.base ADD CONSTRAINT base_qty_check CHECK (qty > 1);
-- down
ALTER TABLE public.base DROP CONSTRAINT base_qty_check;
ALTER TABLE public.base ADD CONSTRAINT base_qty_check CHECK (qty > 0);
ALTER TABLE public.child ADD CONSTRAINT base_qty_check CHECK (qty > 0);
ALTER TABLE public.child INHERIT public.base;
