#!/usr/bin/env bash
# Fuzzes every target of tests/fuzz for N_SECONDS each with libFuzzer (clang,
# AddressSanitizer + UndefinedBehaviorSanitizer), seeded from the golden cases,
# the real-world schemas and the checked-in corpus; prints a line of figures
# per target and fails if any target found a crash or a broken property.
#   bench/fuzz.sh N_SECONDS [--update-corpus] [TARGET...]
# --update-corpus merges what was found into tests/fuzz/corpus (minimized).
# A failing input is left in build/fuzz/artifacts/TARGET/: copy it to
# tests/fuzz/regressions/TARGET/ with the fix, and ctest replays it for ever.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: bench/fuzz.sh N_SECONDS [--update-corpus] [TARGET...]}
shift
update=false
if [[ ${1:-} == --update-corpus ]]; then update=true; shift; fi
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(parse_postgres parse_sqlite migration_folder connection_string diff_roundtrip)

scripts/install-deps --fuzz >/dev/null
BUILD=build/fuzz
# The same configuration as scripts/test --sanitize: after it, nothing to build.
mkdir -p "$BUILD"
if ! CC=clang CXX=clang++ BUILD_DIR=$BUILD scripts/build -DSCHEMAC_WERROR=ON -DSCHEMAC_FUZZ=ON >"$BUILD/build.log" 2>&1; then
  grep -E -A12 'error|FAILED' "$BUILD/build.log" | head -60
  echo "fuzz.sh: the fuzz targets did not build" >&2
  exit 1
fi

rm -rf "$BUILD/seeds"
python3 tests/fuzz/make_seeds.py "$BUILD/seeds" >/dev/null
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# Each target runs alone on a core; as many at once as there are cores.
fuzz_one() {
  local target=$1 work=$BUILD/corpus/$1 artifacts=$BUILD/artifacts/$1
  mkdir -p "$work" "$artifacts" tests/fuzz/corpus/"$target"
  rm -f "$artifacts"/*
  local dirs=("$work" tests/fuzz/corpus/"$target")
  [[ -d $BUILD/seeds/$target ]] && dirs+=("$BUILD/seeds/$target")
  # -max_len: the seeds are cut at 4 KB; a longer input spends time, not coverage.
  local started=$SECONDS
  "$BUILD/tests/fuzz/${target}_fuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=8192 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "${dirs[@]}" >"$BUILD/$target.log" 2>&1 || true
  local runs cov crashes
  local elapsed=$((SECONDS - started))
  runs=$(grep -a -o 'stat::number_of_executed_units: *[0-9]*' "$BUILD/$target.log" | tail -1 | grep -o '[0-9]*$' || true)
  cov=$(grep -a -o 'cov: [0-9]*' "$BUILD/$target.log" | tail -1 | grep -o '[0-9]*' || true)
  runs=${runs:-0} cov=${cov:-0}
  crashes=$(find "$artifacts" -type f | wc -l)
  printf '%-18s %6s s  %10s runs  %6s edges  %s failing inputs\n' "$target" "$elapsed" "$runs" "$cov" "$crashes"
  # A target that never ran (or died before its first input) has found nothing: a failure, not a pass.
  if [[ $runs -eq 0 && $crashes -eq 0 ]]; then
    echo "$target: did not run; see $BUILD/$target.log" >&2
    return 1
  fi
  if $update && [[ $crashes -eq 0 ]]; then
    local merged=$BUILD/merged/$target
    rm -rf "$merged" && mkdir -p "$merged"
    "$BUILD/tests/fuzz/${target}_fuzzer" -merge=1 -max_len=8192 "$merged" tests/fuzz/corpus/"$target" "$work" >/dev/null 2>&1
    rm -f tests/fuzz/corpus/"$target"/* && cp "$merged"/* tests/fuzz/corpus/"$target"/
  fi
  [[ $crashes -eq 0 ]]
}

echo "target             time         runs   coverage  result"
status=0
pids=()
for target in "${targets[@]}"; do
  fuzz_one "$target" & pids+=($!)
  if [[ ${#pids[@]} -ge $(nproc) ]]; then wait "${pids[0]}" || status=1; pids=("${pids[@]:1}"); fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
if [[ $status -ne 0 ]]; then
  for target in "${targets[@]}"; do
    for input in "$BUILD"/artifacts/"$target"/*; do
      [[ -e $input ]] || continue
      echo "== $target: $input"
      grep -a -E -m1 -A12 'ERROR: AddressSanitizer|runtime error|property failed|ERROR: libFuzzer' "$BUILD/$target.log" || true
    done
  done
fi
exit $status
