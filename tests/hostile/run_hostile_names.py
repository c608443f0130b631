#!/usr/bin/env python3
"""Hostile names and literals round-trip: tables, columns, indexes and default
values whose names hold quotes, backslashes, $$, semicolons, comment markers,
Unicode, reserved words and 63-byte lengths are applied to a new database,
planned again (nothing to do), and read back with every name intact - and
nothing else is made or dropped (a decoy table survives untouched).
SQLite and DuckDB always; PostgreSQL when PGHOST/PGPORT describe a server.
  run_hostile_names.py path/to/schemac [--seed N] [--cases N]
"""
import os
import random
import subprocess
import sys
import tempfile

PIECES = ['"', "'", "\\", "$$", ";", "--", "/*", "*/", " ", "drop table decoy", "é", "東京", "🚀", "select", "table", "x", "Y", "0", "_", "\t"]
RESERVED = ["select", "table", "order", "group", "user", "default", "check", "primary", "from", "where"]


def name(rng, limit):
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
    if rng.random() < 0.2:
        text = rng.choice(RESERVED)
    if rng.random() < 0.1:
        text = ("n" * limit)[:limit]
    text = text.replace("\0", "")
    while len(text.encode()) > limit:
        text = text[:-1]
    return text or "z"


def ident(text):
    return '"' + text.replace('"', '""') + '"'


def literal(text):
    return "'" + text.replace("'", "''") + "'"


def schema(rng, dialect):
    limit = 63
    tables, out = set(), ["CREATE TABLE decoy (id INTEGER PRIMARY KEY);"]
    for _ in range(3):
        t = name(rng, limit)
        if t.lower() in tables or t.lower() == "decoy":
            continue
        tables.add(t.lower())
        cols, seen = [], set()
        for _ in range(rng.randint(1, 4)):
            c = name(rng, limit)
            if c.lower() in seen:
                continue
            seen.add(c.lower())
            cols.append(f"{ident(c)} VARCHAR DEFAULT {literal(name(rng, 40))}")
        out.append(f"CREATE TABLE {ident(t)} ({', '.join(cols)});")
        first = cols[0].split(" VARCHAR")[0]
        index = name(rng, limit)
        if index.lower() not in tables and index.lower() != "decoy":
            tables.add(index.lower())
            out.append(f"CREATE INDEX {ident(index)} ON {ident(t)} ({first});")
    return "\n".join(out) + "\n"


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace")


def main():
    schemac = sys.argv[1]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    count = int(sys.argv[sys.argv.index("--cases") + 1]) if "--cases" in sys.argv else 25
    dialects = ["sqlite", "duckdb"]
    if os.environ.get("PGHOST") or os.environ.get("PGPORT"):
        dialects.append("postgres")
    failed = passed = 0
    with tempfile.TemporaryDirectory() as work:
        for dialect in dialects:
            rng = random.Random(seed)
            for i in range(count):
                sql = os.path.join(work, f"{dialect}_{i}.sql")
                text = schema(rng, dialect)
                with open(sql, "w", encoding="utf-8") as f:
                    f.write(text)
                if dialect == "postgres":
                    db = f"schemac_hostile_{os.getpid()}_{i}"
                    subprocess.run(["createdb", db], check=True)
                    url = f"postgres:///{db}"
                else:
                    url = f"{dialect}://" + os.path.join(work, f"{dialect}_{i}.{'db' if dialect == 'sqlite' else 'duckdb'}")
                problems = []
                applied = run([schemac, "apply", url, "--to", sql, "--auto-approve"])
                if applied.returncode != 0:
                    problems.append("apply failed: " + applied.stderr.strip()[:400])
                else:
                    again = run([schemac, "plan", url, sql])
                    if again.returncode != 0 or "No changes" not in again.stdout + again.stderr:
                        problems.append("planning again is not empty: " + (again.stdout + again.stderr)[:400])
                    dump = run([schemac, "inspect", url])
                    if "decoy" not in dump.stdout:
                        problems.append("the decoy table is gone")
                    for line in text.splitlines()[1:]:
                        table = line.split(" (")[0].replace("CREATE TABLE ", "").replace("CREATE INDEX ", "").split(" ON ")[0]
                        if table and table not in dump.stdout and table.strip('"').replace('""', '"') not in dump.stdout:
                            problems.append(f"{table} is not in what inspect reads back")
                if dialect == "postgres":
                    subprocess.run(["dropdb", "--if-exists", db], check=False)
                if problems:
                    failed += 1
                    print(f"FAIL {dialect} case {i}:\n  " + "\n  ".join(problems) + "\n  schema:\n    " + text.replace("\n", "\n    "))
                else:
                    passed += 1
    print(f"{passed} passed, {failed} failed (dialects: {', '.join(dialects)}; seed {seed})")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
