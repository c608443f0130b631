# Partitioned tables, partitions and table inheritance.

# case: list-partitioned table with partitions and a default
-- current
-- desired
CREATE TABLE events (id bigint NOT NULL, kind text NOT NULL, payload jsonb) PARTITION BY LIST (kind);
CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click', 'tap');
CREATE TABLE events_view PARTITION OF events FOR VALUES IN ('view');
CREATE TABLE events_other PARTITION OF events DEFAULT;
-- up
CREATE TABLE public.events (id bigint NOT NULL, kind text NOT NULL, payload jsonb) PARTITION BY LIST (kind);
CREATE TABLE public.events_click PARTITION OF public.events FOR VALUES IN ('click', 'tap');
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
CREATE TABLE public.events_view PARTITION OF public.events FOR VALUES IN ('view');
-- down
DROP TABLE public.events_view;
DROP TABLE public.events_other;
DROP TABLE public.events_click;
DROP TABLE public.events;

# case: range partitions with an index on the parent
-- current
-- desired
CREATE TABLE measurements (at date NOT NULL, city int NOT NULL, reading numeric, PRIMARY KEY (at, city)) PARTITION BY RANGE (at);
CREATE INDEX measurements_city_idx ON measurements (city);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_old PARTITION OF measurements FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
-- up
CREATE TABLE public.measurements (at date NOT NULL, city integer NOT NULL, reading numeric, CONSTRAINT measurements_pkey PRIMARY KEY (at, city)) PARTITION BY RANGE (at);
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.measurements_old PARTITION OF public.measurements FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE INDEX measurements_city_idx ON public.measurements (city);
-- down
DROP TABLE public.measurements_old;
DROP TABLE public.measurements_2024;
DROP TABLE public.measurements;

# case: hash partitions, one partitioned again
-- current
-- desired
CREATE TABLE accounts (id bigint NOT NULL, region text NOT NULL) PARTITION BY HASH (id);
CREATE TABLE accounts_0 PARTITION OF accounts FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE accounts_1 PARTITION OF accounts FOR VALUES WITH (MODULUS 2, REMAINDER 1) PARTITION BY LIST (region);
CREATE TABLE accounts_1_eu PARTITION OF accounts_1 FOR VALUES IN ('eu');
-- up
CREATE TABLE public.accounts (id bigint NOT NULL, region text NOT NULL) PARTITION BY HASH (id);
CREATE TABLE public.accounts_0 PARTITION OF public.accounts FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE public.accounts_1 PARTITION OF public.accounts FOR VALUES WITH (modulus 2, remainder 1) PARTITION BY LIST (region);
CREATE TABLE public.accounts_1_eu PARTITION OF public.accounts_1 FOR VALUES IN ('eu');
-- down
DROP TABLE public.accounts_1_eu;
DROP TABLE public.accounts_1;
DROP TABLE public.accounts_0;
DROP TABLE public.accounts;

# case: add a partition to an existing partitioned table
-- current
CREATE TABLE logs (at date NOT NULL, line text) PARTITION BY RANGE (at);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- desired
CREATE TABLE logs (at date NOT NULL, line text) PARTITION BY RANGE (at);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- up
CREATE TABLE public.logs_2025 PARTITION OF public.logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- down
DROP TABLE public.logs_2025;

# case: a changed bound detaches and attaches again
-- current
CREATE TABLE t (k int NOT NULL) PARTITION BY LIST (k);
CREATE TABLE t_small PARTITION OF t FOR VALUES IN (1, 2);
-- desired
CREATE TABLE t (k int NOT NULL) PARTITION BY LIST (k);
CREATE TABLE t_small PARTITION OF t FOR VALUES IN (1, 2, 3);
-- up
ALTER TABLE public.t DETACH PARTITION public.t_small;
ALTER TABLE public.t ATTACH PARTITION public.t_small FOR VALUES IN (1, 2, 3);
-- down
ALTER TABLE public.t DETACH PARTITION public.t_small;
ALTER TABLE public.t ATTACH PARTITION public.t_small FOR VALUES IN (1, 2);

# case: a column added to the parent reaches the partitions
-- current
CREATE TABLE t (k int NOT NULL) PARTITION BY LIST (k);
CREATE TABLE t_1 PARTITION OF t FOR VALUES IN (1);
-- desired
CREATE TABLE t (k int NOT NULL, note text) PARTITION BY LIST (k);
CREATE TABLE t_1 PARTITION OF t FOR VALUES IN (1);
-- up
ALTER TABLE public.t ADD COLUMN note text;
-- down
ALTER TABLE public.t DROP COLUMN note;

# case: new bounds and a new parent column: attached again before the column changes, which reach only attached partitions
-- current
CREATE TABLE t (k int NOT NULL) PARTITION BY LIST (k);
CREATE TABLE t_1 PARTITION OF t FOR VALUES IN (0);
-- desired
CREATE TABLE t (k int NOT NULL, note text) PARTITION BY LIST (k);
CREATE TABLE t_1 PARTITION OF t FOR VALUES IN (1);
-- up
ALTER TABLE public.t DETACH PARTITION public.t_1;
ALTER TABLE public.t ATTACH PARTITION public.t_1 FOR VALUES IN (1);
ALTER TABLE public.t ADD COLUMN note text;
-- down
ALTER TABLE public.t DETACH PARTITION public.t_1;
ALTER TABLE public.t ATTACH PARTITION public.t_1 FOR VALUES IN (0);
ALTER TABLE public.t DROP COLUMN note;

# case: a partition takes the bound of a dropped one
-- current
CREATE TABLE t (k int NOT NULL) PARTITION BY LIST (k);
CREATE TABLE t_a PARTITION OF t FOR VALUES IN (1);
CREATE TABLE t_b PARTITION OF t FOR VALUES IN (2);
-- desired
CREATE TABLE t (k int NOT NULL) PARTITION BY LIST (k);
CREATE TABLE t_b PARTITION OF t FOR VALUES IN (1, 2);
-- up
ALTER TABLE public.t DETACH PARTITION public.t_b;
DROP TABLE public.t_a;
ALTER TABLE public.t ATTACH PARTITION public.t_b FOR VALUES IN (1, 2);
-- down
ALTER TABLE public.t DETACH PARTITION public.t_b;
ALTER TABLE public.t ATTACH PARTITION public.t_b FOR VALUES IN (2);
CREATE TABLE public.t_a PARTITION OF public.t FOR VALUES IN (1);

# case: attach and detach in the file (pg_dump writes ATTACH PARTITION)
-- current
-- desired
CREATE TABLE t (k int NOT NULL) PARTITION BY LIST (k);
CREATE TABLE t_1 (k int NOT NULL);
CREATE TABLE t_2 (k int NOT NULL);
ALTER TABLE ONLY t ATTACH PARTITION t_1 FOR VALUES IN (1);
ALTER TABLE ONLY t ATTACH PARTITION t_2 FOR VALUES IN (2);
ALTER TABLE t DETACH PARTITION t_2;
-- up
CREATE TABLE public.t (k integer NOT NULL) PARTITION BY LIST (k);
CREATE TABLE public.t_1 PARTITION OF public.t FOR VALUES IN (1);
CREATE TABLE public.t_2 (k integer NOT NULL);
-- down
DROP TABLE public.t_2;
DROP TABLE public.t_1;
DROP TABLE public.t;

# case: table inheritance
-- current
-- desired
CREATE TABLE cities (name text, population int);
CREATE TABLE capitals (state char(2)) INHERITS (cities);
-- up
CREATE TABLE public.cities (name text, population integer);
CREATE TABLE public.capitals (state character(2)) INHERITS (public.cities);
-- down
DROP TABLE public.capitals;
DROP TABLE public.cities;

# case: a table starts and stops inheriting
-- current
CREATE TABLE base (id int);
CREATE TABLE other (id int);
CREATE TABLE child (id int, extra text) INHERITS (base);
-- desired
CREATE TABLE base (id int);
CREATE TABLE other (id int);
CREATE TABLE child (id int, extra text) INHERITS (other);
-- up
ALTER TABLE public.child NO INHERIT public.base;
ALTER TABLE public.child INHERIT public.other;
-- down
ALTER TABLE public.child NO INHERIT public.other;
ALTER TABLE public.child INHERIT public.base;

# case: dropping a partitioned table takes its partitions
-- current
CREATE TABLE t (k int NOT NULL) PARTITION BY LIST (k);
CREATE TABLE t_1 PARTITION OF t FOR VALUES IN (1);
-- desired
-- up
DROP TABLE public.t_1;
DROP TABLE public.t;
-- down
CREATE TABLE public.t (k integer NOT NULL) PARTITION BY LIST (k);
CREATE TABLE public.t_1 PARTITION OF public.t FOR VALUES IN (1);

# case: DROP TABLE in the file takes the partitions along
-- current
-- desired
CREATE TABLE t (k int NOT NULL) PARTITION BY LIST (k);
CREATE TABLE t_1 PARTITION OF t FOR VALUES IN (1);
DROP TABLE t;
CREATE TABLE t_1 (k int);
-- up
CREATE TABLE public.t_1 (k integer);
-- down
DROP TABLE public.t_1;

# case: a partition of a table that is not partitioned
-- current
-- desired
CREATE TABLE t (k int);
CREATE TABLE t_1 PARTITION OF t FOR VALUES IN (1);
-- error
"t" is not partitioned

# case: an identity column on a partitioned table (PostgreSQL 17)
-- min-version
17
-- current
-- desired
CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- up
CREATE TABLE public.events (id bigint GENERATED ALWAYS AS IDENTITY, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
-- down
DROP TABLE public.events_2026;
DROP TABLE public.events;

# case: an exclusion constraint on a partitioned table (PostgreSQL 17)
-- min-version
17
-- current
CREATE TABLE booking (room int4range, during tsrange) PARTITION BY LIST (room);
CREATE TABLE booking_1 PARTITION OF booking FOR VALUES IN ('[1,2)');
-- desired
CREATE TABLE booking (room int4range, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&)) PARTITION BY LIST (room);
CREATE TABLE booking_1 PARTITION OF booking FOR VALUES IN ('[1,2)');
-- up
ALTER TABLE public.booking ADD CONSTRAINT booking_room_during_excl EXCLUDE USING gist (room WITH =, during WITH &&);
-- down
ALTER TABLE public.booking DROP CONSTRAINT booking_room_during_excl;
