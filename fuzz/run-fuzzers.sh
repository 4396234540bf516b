#!/usr/bin/env bash
# Runs the libFuzzer targets of a CMKIT_BUILD_FUZZERS build one after the other, each for a bounded time,
# and prints a table of executions per target. Exits 1 when any target crashed, hung or ran out of memory
# (the input is kept in BUILD_DIR/artifacts/<target>/), 2 on a usage error.
#
# Usage: fuzz/run-fuzzers.sh BUILD_DIR SECONDS [TARGET...]      (default: every target of the build)
# Environment: FUZZ_ARGS (extra libFuzzer flags, e.g. FUZZ_ARGS=-jobs=2), FUZZ_SUMMARY (a file that gets
# the table as Markdown; default BUILD_DIR/fuzz-summary.md).
set -uo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 BUILD_DIR SECONDS [TARGET...]" >&2
  exit 2
fi
build=$1 seconds=$2
shift 2
manifest="$build/fuzz-targets.txt"
if [ ! -f "$manifest" ]; then
  echo "fuzz: $manifest not found; configure $build with -DCMKIT_BUILD_FUZZERS=ON first (make fuzz does)" >&2
  exit 2
fi
want=" $* "
summary=${FUZZ_SUMMARY:-$build/fuzz-summary.md}
logs="$build/logs"
mkdir -p "$logs"

# Sanitizer reports are crashes with a stack; leaks count too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ]; then
  for s in llvm-symbolizer llvm-symbolizer-14 /usr/lib/llvm-14/bin/llvm-symbolizer; do
    if command -v "$s" >/dev/null 2>&1; then export ASAN_SYMBOLIZER_PATH=$(command -v "$s"); break; fi
  done
fi

rows=() failed=() ran=0
while IFS=$'\t' read -r name exe max_len dict corpus seeds; do
  [ -z "$name" ] && continue
  if [ $# -gt 0 ] && [[ "$want" != *" $name "* ]]; then continue; fi
  ran=$((ran + 1))
  artifacts="$build/artifacts/$name/"
  mkdir -p "$artifacts" "$corpus"
  log="$logs/$name.log"
  : >"$logs/$name.start"
  echo "fuzz: $name for ${seconds}s (-max_len=$max_len, $seeds seed files, corpus $corpus)"
  # shellcheck disable=SC2086
  "$exe" "$corpus" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -dict="$dict" -artifact_prefix="$artifacts" -print_final_stats=1 ${FUZZ_ARGS:-} >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  [ -z "$execs" ] && execs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
  [ -z "$execs" ] && execs=$(sed -n 's/^#\([0-9]*\): cov: .*/\1/p' "$log" | tail -1)  # -fork=N
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1)
  units=$(find "$corpus" -maxdepth 1 -type f | wc -l)
  if [ "$rc" -eq 0 ]; then
    result=ok
  else
    found=$(find "$artifacts" -maxdepth 1 -type f -newer "$logs/$name.start" 2>/dev/null | sort | tail -1)
    kind=$(sed -n "s/^terminate called after throwing an instance of '\(.*\)'/uncaught \1/p" "$log" | head -1)
    [ -n "$kind" ] && kind="$kind: $(sed -n 's/^  what(): *//p' "$log" | head -1 | cut -c1-100)"
    [ -z "$kind" ] && kind=$(grep -oE "cmkit fuzz target '[a-z_]+': .*" "$log" | head -1 | cut -c1-120)
    [ -z "$kind" ] && kind=$(grep -oE 'runtime error: .*' "$log" | head -1 | cut -c1-120)
    [ -z "$kind" ] && kind=$(grep -oE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [a-zA-Z -]+' "$log" | head -1)
    [ -z "$kind" ] && kind="exit $rc"
    kind=${kind//|/\\|}
    result="FAILED ($kind; ${found:-no artifact})"
    failed+=("$name")
    echo "fuzz: $name FAILED, log $log" >&2
  fi
  echo "fuzz: $name: ${execs:-?} executions (${rate:-?}/s), ${cov:-no coverage line}, $result"
  rows+=("| $name | ${execs:-?} | ${rate:-?} | $units | ${rss:-?} | $result |")
done <"$manifest"

if [ "$ran" -eq 0 ]; then
  echo "fuzz: no target matches: $*" >&2
  exit 2
fi
{
  echo "| target | executions | exec/s | corpus files | peak RSS (MB) | result |"
  echo "|---|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
} >"$summary"
echo
echo "fuzz: ${seconds}s per target, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores; table in $summary"
cat "$summary"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]} (inputs in $build/artifacts/<target>/, logs in $logs/)" >&2
  exit 1
fi
