# Shared by the CLI test scripts: a scratch folder, counters and `expect`.
#   source lib.sh after setting $schemac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
pass() { passed=$((passed + 1)); }

# expect NAME EXIT_CODE STDERR_SUBSTRING -- ARGS...
expect() {
  local name=$1 code=$2 needle=$3
  shift 4
  "$schemac" "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [[ $got -ne $code ]]; then
    fail "$name: exit code $got, expected $code"; sed 's/^/    /' "$work/err" | head -20; return
  fi
  if [[ -n $needle ]] && ! grep -qF -- "$needle" "$work/err" "$work/out"; then
    fail "$name: output lacks '$needle'"; sed 's/^/    /' "$work/err" | head -20; return
  fi
  pass
}

finish() {
  echo "$passed passed, $failed failed"
  [[ $failed -eq 0 ]]
}
