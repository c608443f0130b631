#!/usr/bin/env python3
"""Bad input never crashes schemac: every case in tests/bad-input/*.sql (and the
generated ones) must end with the expected exit code and message, within a
time and memory ceiling, and without a signal.

A case file starts with header lines:
  -- case: what it is
  -- run: diff --dialect sqlite /dev/null {input}     (the schemac arguments; {input} is this file,
                                                       {dir} a scratch folder, {big} a generated input)
  -- exit: 1
  -- expect: syntax error at or near        (a substring of stderr+stdout; several lines allowed)
  -- generate: nested_parens 10000          (optional: the input is generated instead of the body)
  -- files: 1_a.up.sql 1_b.up.sql           (optional: files made in {dir}, each holding the body)
then the input itself. Run: run_bad_inputs.py path/to/schemac source-root
"""
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time

TIME_LIMIT_S = 30
RSS_LIMIT_MIB = 2048     # peak resident memory of one run (the 100 MB line takes about 640 MiB)
ADDRESS_LIMIT = 8 << 30  # a hard stop for runaway allocation; not under AddressSanitizer, which maps terabytes
SANITIZED = "ASAN_OPTIONS" in os.environ


def generate(kind, arg, path):
    """Inputs too big or too odd to commit."""
    n = int(arg) if arg else 0
    with open(path, "wb") as f:
        if kind == "nested_parens":
            f.write(b"CREATE TABLE t (a int CHECK (" + b"(" * n + b"a > 0" + b")" * n + b"));\n")
        elif kind == "nested_default":
            f.write(b"CREATE TABLE t (a int DEFAULT " + b"(" * n + b"1" + b")" * n + b");\n")
        elif kind == "long_line":
            # n MB on one line: a valid table with one enormous default string.
            f.write(b"CREATE TABLE t (a text DEFAULT '" + b"x" * (n << 20) + b"');")
        elif kind == "many_columns":
            f.write(b"CREATE TABLE t (" + b", ".join(b"c%d int" % i for i in range(n)) + b");\n")
        elif kind == "nul_bytes":
            f.write(b"CREATE TABLE t (a int);\n\0\0\0CREATE TABLE u (b int);\n")
        elif kind == "invalid_utf8":
            f.write(b"CREATE TABLE t (a int DEFAULT '\xff\xfe\xc3\x28');\n")
        elif kind == "binary":
            f.write(bytes(range(256)) * 64)
        elif kind == "nested_views":
            f.write(b"CREATE TABLE t0 (a int);\n")
            for i in range(1, n + 1):
                f.write(b"CREATE VIEW v%d AS SELECT a FROM %s;\n" % (i, b"t0" if i == 1 else b"v%d" % (i - 1)))
        elif kind == "deep_boolean":
            f.write(b"CREATE VIEW v AS SELECT 1 WHERE " + b" AND ".join([b"true"] * n) + b";\n")
        else:
            raise SystemExit(f"unknown generator {kind}")


def parse_case(path):
    header, body = {}, []
    expects = []
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    i = 0
    while i < len(lines) and lines[i].startswith(b"-- ") and b":" in lines[i]:
        key, _, value = lines[i][3:].decode().partition(":")
        key, value = key.strip(), value.strip()
        if key == "expect":
            expects.append(value)
        else:
            header[key] = value
        i += 1
    return header, expects, b"\n".join(lines[i:])


def limit():
    if not SANITIZED:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_limited(cmd):
    """Exit status (negative: the signal), output and peak RSS (MiB) of one run; None on timeout."""
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=out, stdin=subprocess.DEVNULL, preexec_fn=limit,
                                env=dict(os.environ, NO_COLOR="1"))
        deadline = time.monotonic() + TIME_LIMIT_S
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                return None
            time.sleep(0.02)
        out.seek(0)
        return os.waitstatus_to_exitcode(status), out.read(), usage.ru_maxrss / 1024.0


def main():
    schemac, root = sys.argv[1], sys.argv[2]
    here = os.path.join(root, "tests", "bad-input")
    files = sorted(f for f in os.listdir(here) if f.endswith(".sql"))
    passed = failed = 0
    slowest = (0.0, "")
    with tempfile.TemporaryDirectory() as scratch:
        for name in files:
            path = os.path.join(here, name)
            header, expects, body = parse_case(path)
            case_dir = os.path.join(scratch, name[:-4])
            os.makedirs(case_dir)
            input_path = path
            if "generate" in header:
                kind, _, arg = header["generate"].partition(" ")
                input_path = os.path.join(case_dir, "input.sql")
                generate(kind, arg, input_path)
            for extra in header.get("files", "").split():
                with open(os.path.join(case_dir, extra), "wb") as f:
                    f.write(body)
            args = header["run"].replace("{input}", input_path).replace("{dir}", case_dir).split()
            start = time.monotonic()
            result = run_limited([schemac] + args)
            if result is None:
                print(f"FAIL {name}: no answer within {TIME_LIMIT_S} s")
                failed += 1
                continue
            returncode, raw, rss = result
            took = time.monotonic() - start
            slowest = max(slowest, (took, name))
            output = raw.decode("utf-8", "replace")
            problems = []
            if returncode < 0:
                problems.append(f"killed by signal {signal.Signals(-returncode).name}")
            elif str(returncode) != header.get("exit", "1"):
                problems.append(f"exit code {returncode}, expected {header.get('exit', '1')}")
            if rss > RSS_LIMIT_MIB:
                problems.append(f"peak memory {rss:.0f} MiB, over {RSS_LIMIT_MIB} MiB")
            for expect in expects:
                if expect not in output:
                    problems.append(f"output lacks {expect!r}")
            if "Assertion" in output or "terminate called" in output or "AddressSanitizer" in output or "runtime error:" in output:
                problems.append("crash report in the output")
            if problems:
                failed += 1
                print(f"FAIL {name} ({header.get('case', '')}): " + "; ".join(problems))
                print("    " + output[:600].replace("\n", "\n    "))
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed ({len(files)} inputs; slowest {slowest[1]} {slowest[0]:.2f} s)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
