"""Measuring child processes for the benchmarks: wall time and peak RSS."""
import os
import subprocess
import sys
import time


def run_measured(cmd, ok_codes=(0,), stdin=None):
    """Wall seconds, peak RSS (MiB) and stdout of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    stdout = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in ok_codes:
        sys.exit(f"command failed ({code}): {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024.0, stdout


def best_of(cmd, runs, ok_codes=(0,)):
    """Best wall time and highest peak RSS over `runs` runs, and the last stdout."""
    results = [run_measured(cmd, ok_codes) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results), results[-1][2]
