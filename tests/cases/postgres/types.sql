# Column type changes: casts, hazards, defaults that must be moved out of the way.

# case: widen integer to bigint
-- current
CREATE TABLE t (n int);
-- desired
CREATE TABLE t (n bigint);
-- up
ALTER TABLE public.t ALTER COLUMN n TYPE bigint;
-- down
ALTER TABLE public.t ALTER COLUMN n TYPE integer;

# case: narrow bigint to integer is destructive
-- current
CREATE TABLE t (n bigint);
-- desired
CREATE TABLE t (n int);
-- up
ALTER TABLE public.t ALTER COLUMN n TYPE integer;
-- down
ALTER TABLE public.t ALTER COLUMN n TYPE bigint;

# case: lengthen varchar
-- current
CREATE TABLE t (s varchar(20));
-- desired
CREATE TABLE t (s varchar(100));
-- up
ALTER TABLE public.t ALTER COLUMN s TYPE character varying(100);
-- down
ALTER TABLE public.t ALTER COLUMN s TYPE character varying(20);

# case: varchar to text
-- current
CREATE TABLE t (s varchar(20));
-- desired
CREATE TABLE t (s text);
-- up
ALTER TABLE public.t ALTER COLUMN s TYPE text;
-- down
ALTER TABLE public.t ALTER COLUMN s TYPE character varying(20);

# case: text to integer needs a USING cast
-- current
CREATE TABLE t (code text);
-- desired
CREATE TABLE t (code integer);
-- up
ALTER TABLE public.t ALTER COLUMN code TYPE integer USING code::integer;
-- down
ALTER TABLE public.t ALTER COLUMN code TYPE text;

# case: numeric precision change
-- current
CREATE TABLE t (price numeric(10,2));
-- desired
CREATE TABLE t (price numeric(12,4));
-- up
ALTER TABLE public.t ALTER COLUMN price TYPE numeric(12,4);
-- down
ALTER TABLE public.t ALTER COLUMN price TYPE numeric(10,2);

# case: type change with a default moves the default out of the way
-- current
CREATE TABLE t (flag int DEFAULT 0);
-- desired
CREATE TABLE t (flag boolean DEFAULT false);
-- up
ALTER TABLE public.t ALTER COLUMN flag DROP DEFAULT;
ALTER TABLE public.t ALTER COLUMN flag TYPE boolean USING flag::boolean;
ALTER TABLE public.t ALTER COLUMN flag SET DEFAULT false;
-- down
ALTER TABLE public.t ALTER COLUMN flag DROP DEFAULT;
ALTER TABLE public.t ALTER COLUMN flag TYPE integer USING flag::integer;
ALTER TABLE public.t ALTER COLUMN flag SET DEFAULT 0;

# case: timestamp to timestamptz
-- current
CREATE TABLE t (at timestamp);
-- desired
CREATE TABLE t (at timestamptz);
-- up
ALTER TABLE public.t ALTER COLUMN at TYPE timestamp with time zone;
-- down
ALTER TABLE public.t ALTER COLUMN at TYPE timestamp without time zone;

# case: array types
-- current
CREATE TABLE t (tags text[]);
-- desired
CREATE TABLE t (tags varchar(50)[]);
-- up
ALTER TABLE public.t ALTER COLUMN tags TYPE character varying(50)[];
-- down
ALTER TABLE public.t ALTER COLUMN tags TYPE text[];

# case: many built-in types
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int, a smallint, b real, c double precision, d date, e time, f timetz, g interval,
  h bytea, i uuid, j json, k jsonb, l inet, m cidr, n money, o bit(3), p varbit(8), q char(2), r interval day to second,
  s timestamp(3), u boolean, v float4, w float8, x decimal(5), y "char", z tsvector);
-- up
ALTER TABLE public.t ADD COLUMN a smallint;
ALTER TABLE public.t ADD COLUMN b real;
ALTER TABLE public.t ADD COLUMN c double precision;
ALTER TABLE public.t ADD COLUMN d date;
ALTER TABLE public.t ADD COLUMN e time without time zone;
ALTER TABLE public.t ADD COLUMN f time with time zone;
ALTER TABLE public.t ADD COLUMN g interval;
ALTER TABLE public.t ADD COLUMN h bytea;
ALTER TABLE public.t ADD COLUMN i uuid;
ALTER TABLE public.t ADD COLUMN j json;
ALTER TABLE public.t ADD COLUMN k jsonb;
ALTER TABLE public.t ADD COLUMN l inet;
ALTER TABLE public.t ADD COLUMN m cidr;
ALTER TABLE public.t ADD COLUMN n money;
ALTER TABLE public.t ADD COLUMN o bit(3);
ALTER TABLE public.t ADD COLUMN p bit varying(8);
ALTER TABLE public.t ADD COLUMN q character(2);
ALTER TABLE public.t ADD COLUMN r interval day to second;
ALTER TABLE public.t ADD COLUMN s timestamp(3) without time zone;
ALTER TABLE public.t ADD COLUMN u boolean;
ALTER TABLE public.t ADD COLUMN v real;
ALTER TABLE public.t ADD COLUMN w double precision;
ALTER TABLE public.t ADD COLUMN x numeric(5,0);
ALTER TABLE public.t ADD COLUMN y "char";
ALTER TABLE public.t ADD COLUMN z tsvector;
-- down
ALTER TABLE public.t DROP COLUMN a;
ALTER TABLE public.t DROP COLUMN b;
ALTER TABLE public.t DROP COLUMN c;
ALTER TABLE public.t DROP COLUMN d;
ALTER TABLE public.t DROP COLUMN e;
ALTER TABLE public.t DROP COLUMN f;
ALTER TABLE public.t DROP COLUMN g;
ALTER TABLE public.t DROP COLUMN h;
ALTER TABLE public.t DROP COLUMN i;
ALTER TABLE public.t DROP COLUMN j;
ALTER TABLE public.t DROP COLUMN k;
ALTER TABLE public.t DROP COLUMN l;
ALTER TABLE public.t DROP COLUMN m;
ALTER TABLE public.t DROP COLUMN n;
ALTER TABLE public.t DROP COLUMN o;
ALTER TABLE public.t DROP COLUMN p;
ALTER TABLE public.t DROP COLUMN q;
ALTER TABLE public.t DROP COLUMN r;
ALTER TABLE public.t DROP COLUMN s;
ALTER TABLE public.t DROP COLUMN u;
ALTER TABLE public.t DROP COLUMN v;
ALTER TABLE public.t DROP COLUMN w;
ALTER TABLE public.t DROP COLUMN x;
ALTER TABLE public.t DROP COLUMN y;
ALTER TABLE public.t DROP COLUMN z;

# case: bit-string defaults of several bits
-- current
CREATE TABLE flags (id int);
-- desired
CREATE TABLE flags (
  id int,
  mask bit(8) DEFAULT X'FF',
  nibble bit(4) DEFAULT B'1010',
  low bit(8) DEFAULT X'0F'::bit(8),
  varying bit varying(16) DEFAULT B'101',
  one bit DEFAULT B'1',
  CONSTRAINT flags_mask CHECK (mask <> B'00000000')
);
-- up
ALTER TABLE public.flags ADD COLUMN mask bit(8) DEFAULT '11111111'::"bit";
ALTER TABLE public.flags ADD COLUMN nibble bit(4) DEFAULT '1010'::"bit";
ALTER TABLE public.flags ADD COLUMN low bit(8) DEFAULT ('00001111'::"bit")::bit(8);
ALTER TABLE public.flags ADD COLUMN varying bit varying(16) DEFAULT '101'::"bit";
ALTER TABLE public.flags ADD COLUMN one bit(1) DEFAULT '1'::"bit";
ALTER TABLE public.flags ADD CONSTRAINT flags_mask CHECK (mask <> '00000000'::"bit");
-- down
ALTER TABLE public.flags DROP CONSTRAINT flags_mask;
ALTER TABLE public.flags DROP COLUMN mask;
ALTER TABLE public.flags DROP COLUMN nibble;
ALTER TABLE public.flags DROP COLUMN low;
ALTER TABLE public.flags DROP COLUMN varying;
ALTER TABLE public.flags DROP COLUMN one;

# case: a bit-string default changed
-- current
CREATE TABLE flags (mask bit(8) DEFAULT X'FF');
-- desired
CREATE TABLE flags (mask bit(8) DEFAULT B'11110000');
-- up
ALTER TABLE public.flags ALTER COLUMN mask SET DEFAULT '11110000'::"bit";
-- down
ALTER TABLE public.flags ALTER COLUMN mask SET DEFAULT '11111111'::"bit";

# case: a column of the unconstrained bit type
-- current
-- desired
CREATE TABLE raw (bits "bit", fixed bit);
-- up
CREATE TABLE public.raw (bits "bit", fixed bit(1));
-- down
DROP TABLE public.raw;
