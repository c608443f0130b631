#!/usr/bin/env python3
"""Crash-safe apply: `schemac apply` and `schemac migrate up` killed with
SIGKILL at random points of a multi-statement change (rows in the tables,
index builds, checks, a new table and view; on SQLite a table rebuild).

After every kill, once the server has finished whatever the dead client left:
  - transactional steps: the database is exactly as before or exactly as after
    (`schemac plan` against each schema file prints nothing), every row kept,
    and for migrate the history agrees with the schema;
  - steps that cannot run in a transaction (CREATE INDEX CONCURRENTLY): apply
    leaves only those indexes to build (an INVALID one is built again), and
    migrate up leaves the database dirty at that version with a message that
    lists the statements and the resolve command;
then the way out the tool names (run apply again; migrate up; or the dirty
message's steps) reaches the final schema.

  run_kill_tests.py path/to/schemac [--points N] [--seed S] [--only sqlite|postgres]

PostgreSQL runs when PGHOST/PGPORT name a server (pg_virtualenv); without one
it is skipped loudly (exit 77), except under CI=true, where that fails.
"""
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROWS = 100_000


class Failure(Exception):
    pass


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def killed_at(cmd, delay):
    """Starts cmd, SIGKILLs it after `delay` seconds; True when it was still running."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def timed(cmd):
    started = time.monotonic()
    result = run(cmd)
    if result.returncode != 0:
        raise Failure(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr}")
    return time.monotonic() - started


# --- the schemas ---------------------------------------------------------------------------

PG_V1 = """CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, plan text NOT NULL DEFAULT 'free');
CREATE TABLE events (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id), kind text NOT NULL,
                     payload text, at timestamptz NOT NULL);
"""
PG_V2 = """CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, plan text NOT NULL DEFAULT 'free',
                       score integer NOT NULL DEFAULT 0 CHECK (score >= 0));
CREATE TABLE events (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id), kind text NOT NULL CHECK (kind <> ''),
                     payload text, at timestamptz NOT NULL, amount numeric(12,2) NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX accounts_email ON accounts (email);
CREATE INDEX events_account_at ON events (account_id, at);
CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id), total numeric(12,2) NOT NULL);
CREATE VIEW big_events AS SELECT id, account_id, amount FROM events WHERE amount > 100;
"""
# The last step: three more indexes on the big table (both dialects spell them alike).
INDEXES = [("events_kind", "events (kind)"), ("events_at", "events (at DESC)"), ("events_payload", "events (lower(payload))")]
PG_V3 = PG_V2 + "".join(f"CREATE INDEX {name} ON {on};\n" for name, on in INDEXES)
PG_FILL = f"""INSERT INTO accounts SELECT g, 'user' || g || '@example.com', 'free' FROM generate_series(1, {ROWS // 10}) g;
INSERT INTO events SELECT g, 1 + g % {ROWS // 10}, (ARRAY['view','click','buy'])[1 + g % 3], md5(g::text), now() - g * interval '1 minute'
  FROM generate_series(1, {ROWS}) g;
"""

SQLITE_V1 = """CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT NOT NULL, plan TEXT NOT NULL DEFAULT 'free');
CREATE TABLE events (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
                     kind TEXT NOT NULL, payload TEXT, at TEXT NOT NULL);
CREATE INDEX events_account ON events (account_id);
"""
# kind gets a CHECK and payload moves: both need a rebuild of the 100,000-row table.
SQLITE_V2 = """CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT NOT NULL, plan TEXT NOT NULL DEFAULT 'free',
                       score INTEGER NOT NULL DEFAULT 0);
CREATE TABLE events (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
                     kind TEXT NOT NULL CHECK (kind <> ''), at TEXT NOT NULL, payload TEXT, amount REAL NOT NULL DEFAULT 0);
CREATE INDEX events_account ON events (account_id);
CREATE UNIQUE INDEX accounts_email ON accounts (email);
CREATE TABLE invoices (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts (id), total REAL NOT NULL);
CREATE VIEW big_events AS SELECT id, account_id, amount FROM events WHERE amount > 100;
"""
SQLITE_V3 = SQLITE_V2 + "".join(f"CREATE INDEX {name} ON {on};\n" for name, on in INDEXES)
SQLITE_FILL = f"""WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < {ROWS // 10})
INSERT INTO accounts SELECT n, 'user' || n || '@example.com', 'free' FROM g;
WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < {ROWS})
INSERT INTO events SELECT n, 1 + n % {ROWS // 10}, 'view', hex(randomblob(8)), datetime('now', '-' || n || ' minutes') FROM g;
"""


# --- the engines ----------------------------------------------------------------------------

class Postgres:
    name = "postgres"

    def __init__(self, work):
        self.work = work
        self.made = []

    def psql(self, db, sql):
        result = run(["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", sql])
        if result.returncode != 0:
            raise Failure(f"psql {db}: {result.stderr}")
        return result.stdout.strip()

    def url(self, db):
        return f"postgres:///{db}"

    def create(self, db, template=None):
        self.drop(db)
        self.psql("postgres", f'CREATE DATABASE "{db}"' + (f' TEMPLATE "{template}"' if template else ""))
        self.made.append(db)

    def drop(self, db):
        self.psql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')

    def fill(self, db, sql):
        self.psql(db, sql)

    def rows(self, db):
        return int(self.psql(db, "SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM events)"))

    def settle(self, db):
        """Waits until no backend works for the dead client any more."""
        for _ in range(600):
            if self.psql("postgres", f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{db}'") == "0":
                return
            time.sleep(0.05)
        raise Failure(f"a backend on {db} kept running after its client died")

    def integrity(self, db):
        invalid = self.psql(db, "SELECT string_agg(indexrelid::regclass::text, ', ') FROM pg_index WHERE NOT indisvalid")
        return invalid

    def history(self, db):
        out = self.psql(db, "SELECT version || ' ' || dirty FROM schemac_schema_version")
        if not out:
            return None, False
        version, dirty = out.split()
        return version, dirty in ("t", "true", "1")

    def orphans(self):
        """Scratch databases of killed schemac runs still there (every run drops those it finds)."""
        return self.psql("postgres", """SELECT count(*) FROM pg_database d WHERE datname ~ '^schemac_scratch_'
            AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.application_name = d.datname OR a.datname = d.datname)""")

    def cleanup(self):
        for db in self.made:
            self.drop(db)


class Sqlite:
    name = "sqlite"

    def __init__(self, work):
        self.work = work

    def path(self, db):
        return os.path.join(self.work, db + ".db")

    def url(self, db):
        return "sqlite://" + self.path(db)

    def create(self, db, template=None):
        for suffix in ("", "-journal", "-wal", "-shm"):
            if os.path.exists(self.path(db) + suffix):
                os.remove(self.path(db) + suffix)
        if template:
            shutil.copyfile(self.path(template), self.path(db))

    def sql(self, db, sql):
        result = run(["sqlite3", self.path(db)], input=sql)
        if result.returncode != 0:
            raise Failure(f"sqlite3 {db}: {result.stderr}")
        return result.stdout.strip()

    def fill(self, db, sql):
        self.sql(db, sql)

    def rows(self, db):
        return int(self.sql(db, "SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM events);"))

    def settle(self, db):
        pass  # the engine died with the process; the next open rolls the hot journal back

    def integrity(self, db):
        out = self.sql(db, "PRAGMA integrity_check; PRAGMA foreign_key_check;")
        return "" if out == "ok" else out

    def history(self, db):
        out = self.sql(db, "SELECT version || ' ' || dirty FROM schemac_schema_version;")
        if not out:
            return None, False
        version, dirty = out.split()
        return version, dirty in ("t", "true", "1")

    def orphans(self):
        return "0"

    def cleanup(self):
        pass


# --- the checks -----------------------------------------------------------------------------

class Kills:
    def __init__(self, schemac, engine, work, rng, points):
        self.schemac, self.engine, self.work, self.rng, self.points = schemac, engine, work, rng, points
        self.outcomes = {}
        self.failures = []

    def file(self, name, text):
        path = os.path.join(self.work, f"{self.engine.name}_{name}.sql")
        with open(path, "w") as out:
            out.write(text)
        return path

    def matches(self, db, schema_file):
        return run([self.schemac, "plan", self.engine.url(db), schema_file, "--dialect", self.engine.name]).returncode == 0

    def plan_text(self, db, schema_file, *flags):
        return run([self.schemac, "plan", self.engine.url(db), schema_file, "--dialect", self.engine.name, *flags]).stdout

    def note(self, mode, outcome):
        self.outcomes.setdefault(mode, {}).setdefault(outcome, 0)
        self.outcomes[mode][outcome] += 1

    def kill_points(self, mode, cmd, template, rows, outcome_of):
        """Kills cmd at `points` random moments of its run, each on a fresh copy of
        template; outcome_of(db, label, invalid) checks what the kill left, leads the
        way out, and names the outcome (or raises Failure)."""
        self.engine.create("kill_timing", template)
        duration = timed(cmd("kill_timing"))
        for point in range(self.points):
            db = f"kill_{point}"
            delay = self.rng.uniform(0, duration)
            label = f"{mode}, killed at {delay:.3f} s of {duration:.3f} s"
            try:
                self.engine.create(db, template)
                killed = killed_at(cmd(db), delay)
                self.engine.settle(db)
                if (got := self.engine.rows(db)) != rows:
                    raise Failure(f"{label}: {got} rows, {rows} before the kill")
                outcome = outcome_of(db, label, self.engine.integrity(db))
                self.note(mode, outcome if killed else "finished before the kill")
            except Failure as failure:
                self.failures.append(str(failure))
            finally:
                self.engine.create(db)

    def apply_mode(self, v1, v3, template, rows, concurrent):
        mode = f"{self.engine.name} apply" + (" --concurrent-indexes" if concurrent else "")
        flags = ["--concurrent-indexes"] if concurrent else []
        cmd = lambda db: [self.schemac, "apply", self.engine.url(db), "--to", v3, "--dialect", self.engine.name, "--auto-approve", *flags]

        def outcome_of(db, label, invalid):
            if self.matches(db, v1) and not invalid:
                outcome = "before"
            elif self.matches(db, v3) and not invalid:
                outcome = "after"
            else:
                left = self.plan_text(db, v3, *flags)
                changes = [line for line in left.splitlines() if re.match(r"^\s*(CREATE|DROP|ALTER) ", line)]
                only_indexes = concurrent and changes and all(
                    re.match(r"^\s*(CREATE (UNIQUE )?INDEX CONCURRENTLY|DROP INDEX)", line) for line in changes)
                if not only_indexes:
                    raise Failure(f"{label}: neither before nor after, and more than index builds are left:\n{left}")
                outcome = "indexes left to build" + (" (one INVALID)" if invalid else "")
            # The way out: apply again.
            if run(cmd(db)).returncode != 0 or not self.matches(db, v3) or self.engine.integrity(db):
                raise Failure(f"{label} ({outcome}): applying again did not reach the desired schema")
            return outcome

        self.kill_points(mode, cmd, template, rows, outcome_of)

    def migrate_mode(self, v1, v2, v3, rows):
        mode = f"{self.engine.name} migrate up"
        folder = os.path.join(self.work, f"{self.engine.name}_migrations")
        shutil.rmtree(folder, ignore_errors=True)
        for name, target in (("init", v1), ("columns_checks_views", v2)):
            result = run([self.schemac, "migrate", "diff", name, "--dir", folder, "--to", target, "--dialect", self.engine.name])
            if result.returncode != 0:
                raise Failure(f"migrate diff {name}: {result.stderr}")
            time.sleep(1.1)  # versions are timestamps to the second
        # The indexes by hand, as users write CONCURRENTLY builds: outside the transaction on PostgreSQL.
        run([self.schemac, "migrate", "create", "indexes", "--dir", folder])
        up = next(f for f in os.listdir(folder) if f.endswith("_indexes.up.sql"))
        concurrently = " CONCURRENTLY" if self.engine.name == "postgres" else ""
        marker = "-- schemac:after-transaction\n" if concurrently else ""
        with open(os.path.join(folder, up), "w") as out:
            out.write("".join(f"{marker}CREATE INDEX{concurrently} {name} ON {on};\n" for name, on in INDEXES))
        with open(os.path.join(folder, up.replace(".up.sql", ".down.sql")), "w") as out:
            out.write("".join(f"{marker}DROP INDEX{concurrently} {name};\n" for name, _ in INDEXES))
        run([self.schemac, "migrate", "hash", "--dir", folder])
        versions = sorted(f.split("_")[0] for f in os.listdir(folder) if f.endswith(".up.sql"))
        states = dict(zip(versions, (v1, v2, v3)))

        template = "kill_migrate_template"
        self.engine.create(template)
        result = run([self.schemac, "migrate", "up", "1", "--dir", folder, "--url", self.engine.url(template)])
        if result.returncode != 0:
            raise Failure(f"migrate up 1: {result.stderr}")
        self.engine.fill(template, PG_FILL if self.engine.name == "postgres" else SQLITE_FILL)
        cmd = lambda db: [self.schemac, "migrate", "up", "--dir", folder, "--url", self.engine.url(db)]

        def outcome_of(db, label, invalid):
            version, dirty = self.engine.history(db)
            if not dirty:
                if version not in states or not self.matches(db, states[version]) or invalid:
                    raise Failure(f"{label}: the history says {version}, clean, but the schema is not that version's")
                outcome = "clean at migration %d of 3" % (versions.index(version) + 1)
                recovery = run(cmd(db))
                if recovery.returncode != 0:
                    raise Failure(f"{label}: migrate up after the kill failed:\n{recovery.stderr}")
            elif self.engine.name != "postgres":
                raise Failure(f"{label}: dirty at {version}, but every step of these migrations is transactional")
            else:
                refused = run(cmd(db))
                needed = [f"dirty at version {version}", f"schemac migrate resolve {version} --applied"] + [
                    f"CREATE INDEX CONCURRENTLY {name} ON {on}" for name, on in INDEXES]
                if refused.returncode != 3 or any(n not in refused.stderr for n in needed):
                    raise Failure(f"{label}: dirty, but migrate up said ({refused.returncode}):\n{refused.stderr}")
                outcome = "dirty, message followed" + (" (one INVALID)" if invalid else "")
                # Follow the message: each statement listed run again (an INVALID index dropped first), then resolve.
                for name, on in INDEXES:
                    self.engine.psql(db, f"DROP INDEX CONCURRENTLY IF EXISTS {name}")
                    self.engine.psql(db, f"CREATE INDEX CONCURRENTLY {name} ON {on}")
                resolved = run([self.schemac, "migrate", "resolve", version, "--applied", "--dir", folder, "--url", self.engine.url(db)])
                if resolved.returncode != 0:
                    raise Failure(f"{label}: resolve failed:\n{resolved.stderr}")
            version, dirty = self.engine.history(db)
            if dirty or version != versions[-1] or not self.matches(db, v3) or self.engine.integrity(db):
                raise Failure(f"{label} ({outcome}): the way out did not reach the last migration cleanly")
            return outcome

        self.kill_points(mode, cmd, template, rows, outcome_of)


def main():
    schemac = os.path.abspath(sys.argv[1])
    arg = lambda flag, default: sys.argv[sys.argv.index(flag) + 1] if flag in sys.argv else default
    points, seed, only = int(arg("--points", 20)), int(arg("--seed", time.time_ns() % 100000)), arg("--only", None)
    print(f"seed {seed}, {points} kill points per mode")
    have_server = bool(os.environ.get("PGHOST") or os.environ.get("PGPORT"))
    if not have_server and only != "sqlite":
        if os.environ.get("CI") == "true":
            print("FAIL: no PostgreSQL server (PGHOST/PGPORT) under CI")
            return 1
    failures, kills = [], 0
    with tempfile.TemporaryDirectory() as work:
        engines = []
        if only in (None, "sqlite"):
            engines.append(Sqlite(work))
        if only in (None, "postgres") and have_server:
            engines.append(Postgres(work))
        for engine in engines:
            rng = random.Random(seed)
            k = Kills(schemac, engine, work, rng, points)
            try:
                v1, v2, v3 = (k.file("v1", PG_V1 if engine.name == "postgres" else SQLITE_V1),
                              k.file("v2", PG_V2 if engine.name == "postgres" else SQLITE_V2),
                              k.file("v3", PG_V3 if engine.name == "postgres" else SQLITE_V3))
                template = "kill_apply_template"
                engine.create(template)
                result = run([schemac, "apply", engine.url(template), "--to", v1, "--dialect", engine.name, "--auto-approve"])
                if result.returncode != 0:
                    raise Failure(f"apply v1: {result.stderr}")
                engine.fill(template, PG_FILL if engine.name == "postgres" else SQLITE_FILL)
                rows = engine.rows(template)
                k.apply_mode(v1, v3, template, rows, concurrent=False)
                if engine.name == "postgres":
                    k.apply_mode(v1, v3, template, rows, concurrent=True)
                k.migrate_mode(v1, v2, v3, rows)
                # The runs after each kill dropped the scratch databases the killed ones left.
                run([schemac, "plan", engine.url(template), v1, "--dialect", engine.name])
                if (left := engine.orphans()) != "0":
                    raise Failure(f"{left} scratch databases of killed runs are still there")
            except Failure as failure:
                k.failures.append(str(failure))
            finally:
                engine.cleanup()
            for mode, outcomes in k.outcomes.items():
                kills += sum(outcomes.values())
                print(f"{mode}: " + ", ".join(f"{count} {outcome}" for outcome, count in sorted(outcomes.items())))
            failures += k.failures
    for failure in failures:
        print("FAIL:", failure)
    print(f"{kills} kill points survived, {len(failures)} failed")
    if not have_server and only != "sqlite":
        print("SKIPPED: PostgreSQL (no PGHOST/PGPORT)")
        return 77 if not failures else 1
    return 1 if failures else 0


sys.exit(main())
