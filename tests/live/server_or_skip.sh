# Sourced by the live test scripts: stop unless a PostgreSQL server is
# described (PGHOST/PGPORT, as pg_virtualenv sets them), and count results.
if [[ -z ${PGHOST:-} && -z ${PGPORT:-} ]]; then
  if [[ ${CI:-} == true ]]; then echo "FAILED: no PostgreSQL server (PGHOST/PGPORT unset) under CI=true"; exit 1; fi
  echo "SKIPPED: no PostgreSQL server: PGHOST/PGPORT are not set (run under scripts/test)"; exit 77
fi
passed=0
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
ok() { passed=$((passed + 1)); }
