#!/usr/bin/env python3
"""Seed inputs for the fuzz targets, from the golden cases (tests/cases) and
the real-world schemas (../shared/corpora): one folder per target under OUT.

    tests/fuzz/make_seeds.py OUT

Large schemas are cut at statement ends into pieces of at most 4 KB, the
size libFuzzer mutates well."""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "corpora"
PIECE = 4096


def cases(dialect):
    """(name, sections) of every case in tests/cases/<dialect>."""
    for path in sorted((ROOT / "tests" / "cases" / dialect).glob("*.sql")):
        name, sections, current = None, {}, None
        for line in path.read_text().splitlines(keepends=True):
            if line.startswith("# case:"):
                if name:
                    yield name, sections
                name, sections, current = line[7:].strip(), {}, None
            elif re.fullmatch(r"-- (current|data|desired|options|up|down|error|text|json|markdown)\n", line) and name:
                current = line[3:].strip()
                sections[current] = ""
            elif current:
                sections[current] += line
        if name:
            yield name, sections


def pieces(text):
    """The text cut after statement ends into pieces of at most PIECE bytes."""
    piece = ""
    for statement in re.split(r"(?<=;)\n", text):
        if piece and len(piece) + len(statement) > PIECE:
            yield piece
            piece = ""
        piece += statement + "\n"
    if piece:
        yield piece


class Seeds:
    def __init__(self, out):
        self.out = pathlib.Path(out)
        self.counts = {}

    def add(self, target, data):
        if isinstance(data, str):
            data = data.encode()
        folder = self.out / target
        folder.mkdir(parents=True, exist_ok=True)
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
        self.counts[target] = self.counts.get(target, 0) + 1


def main():
    seeds = Seeds(sys.argv[1])
    for dialect, target in (("postgres", "parse_postgres"), ("plans", "parse_postgres"), ("sqlite", "parse_sqlite")):
        for _, sections in cases(dialect):
            for name in ("current", "desired", "up", "down"):
                if sections.get(name, "").strip():
                    seeds.add(target, sections[name])
            if target == "parse_postgres" and "error" not in sections:
                seeds.add("diff_roundtrip", sections.get("current", "") + "\n-- desired\n" + sections.get("desired", ""))
    for corpus, target in (("musicbrainz.sql", "parse_postgres"), ("lago.sql", "parse_postgres"), ("danbooru.sql", "parse_postgres"),
                           ("synapse_pg.sql", "parse_postgres"), ("calibre_sqlite.sql", "parse_sqlite"),
                           ("zotero_sqlite.sql", "parse_sqlite"), ("synapse_sqlite.sql", "parse_sqlite")):
        path = CORPORA / corpus
        if path.exists():
            for piece in pieces(path.read_text(errors="replace")):
                seeds.add(target, piece)
                if target == "parse_postgres":
                    seeds.add("diff_roundtrip", "\n-- desired\n" + piece)

    # Migration folders: byte 0 picks the layout, then name \0 text pairs.
    scripts = [(s.get("up", ""), s.get("down", "")) for _, s in cases("postgres") if "error" not in s][:40]
    for i, (up, down) in enumerate(scripts):
        version = f"2026010100{i:04d}"
        layouts = [
            (0, [(f"{version}_step.up.sql", up), (f"{version}_step.down.sql", down)]),
            (1, [(f"{version}_step.sql", f"-- migrate:up\n{up}\n-- migrate:down\n{down}")]),
            (2, [(f"{version}_step.sql", f"-- +goose Up\n-- +goose StatementBegin\n{up}-- +goose StatementEnd\n\n-- +goose Down\n{down}")]),
            (3, [(f"V{version}__step.sql", up), (f"U{version}__step.sql", down)]),
            (4, [(f"{i}_a.up.sql", up), (f"{i + 1}_b.up.sql", "-- schemac:before-transaction\nALTER TYPE t ADD VALUE 'x';\n" + down),
                 ("schemac.sum", f"total 0\n{i}_a.up.sql 1\n")]),
        ]
        for pick, files in layouts:
            seeds.add("migration_folder", bytes([pick]) + b"\0".join(n.encode() + b"\0" + t.encode() for n, t in files))

    for source in ["postgres://alice:s3cret@db.example.com:5433/app?sslmode=require",
                   "postgresql://alice@localhost/app", "postgres:///app?host=/run/postgresql", "postgres://[::1]:5432/app",
                   "postgres://alice:p%40ss%2Fw@host/db", "postgres://host1:1,host2:2/db?target_session_attrs=read-write",
                   "postgres://u@h/d?password=s3cret&application_name=x", "postgres://:pw@/db",
                   "host=localhost port=5432 dbname=app user=alice password=s3cret",
                   "host='my host' password='it''s \\'quoted\\'' dbname = app", "dbname=app password = spaced  user=u",
                   "host=h password=first password=second", "service=prod", "postgres://a:b@c:d@e/f", "postgres://u:@h/d"]:
        seeds.add("connection_string", source)
    for target, count in sorted(seeds.counts.items()):
        print(f"{target}: {count} seeds")


main()
