#!/usr/bin/env bash
# Benchmark `ssot check` on real Java sources (Maven Central source jars, see ../shared/bench/fetch-java-corpus.sh).
#
#   usage: bench/java.sh [small|full|large] [CORPUS_DIR]   time RUNS cold runs on one corpus (default: full)
#          bench/java.sh scaling [BASE_DIR]                 one cold run each of small, full and large
#
#   CORPUS_DIR defaults to ${TMPDIR:-/tmp}/ssot-bench/java-<variant>; it is fetched when it does not exist.
#   An existing directory is used as it is, so any Java tree can be benchmarked this way.
#   In scaling mode the corpora are BASE_DIR/java-<variant> (default BASE_DIR: ${TMPDIR:-/tmp}/ssot-bench).
#
# Environment:
#   RUNS            cold runs per corpus (default 3; scaling mode always runs once per corpus)
#   SSOT_JAVA_OPTS  extra JVM options, passed through to the ./ssot launcher (e.g. -Xmx2g)
#   SSOT_ARGS       extra `ssot check` arguments (e.g. --threads=1)
#   QUIET_WAIT      seconds to wait before each run for other processes to go idle (default 60; 0: do not wait)
#   KEEP_REPORTS    a directory to keep each run's JSON report in (default: reports are deleted)
#   SNAPSHOT        1 (default): measure a private copy of the launcher and jar, taken at the start, so that
#                   concurrent edits and rebuilds in the repo cannot change the code under test; 0: run ./ssot itself
#   CACHE           0 (default): pass --no-cache, so that every run parses every file; 1: leave ssot's facts cache on
#                   (the second run onwards then reads PATH/.ssot-cache; bench/cache.sh measures the cache)
#   SSOT_CDS        passed to the launcher (0: no class-data-sharing archive)
#   BENCH_JSONL     a file to append one JSON line per run to (wall, RSS, CPU, other load, internal timing)
#
# Every run is a fresh JVM started through the ./ssot launcher (same JVM flags as a user gets), with --no-cache
# (see CACHE). The jar is built first if needed, outside the measurement, and copied (see SNAPSHOT); one untimed
# run on a one-file tree lets the launcher record what it keeps between runs (its class-data-sharing archive).
# With SNAPSHOT=0 the launcher may rebuild when sources change; that build happens before each run, and a run
# that still included a build is repeated.
# Wall time and peak RSS come from /usr/bin/time -v, or, where that is missing, from `date +%s.%N` and the
# process's VmHWM in /proc. Needs bash and python3 (JSON and statistics).
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$script_dir")"
shared="$repo/../shared"
fetch="$shared/bench/fetch-java-corpus.sh"
runs="${RUNS:-3}"
tmp_base="${TMPDIR:-/tmp}/ssot-bench"

die() { echo "bench: $*" >&2; exit 2; }

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, not '$runs'"
command -v python3 >/dev/null 2>&1 || die "python3 is needed to read the JSON report"

work="$(mktemp -d "${TMPDIR:-/tmp}/ssot-bench-run.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# shellcheck source=bench/lib.sh
. "$script_dir/lib.sh"

print_scaling() {
  python3 - "$1" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print(f"{'variant':<8} {'files':>7} {'lines':>10} {'wall s':>7} {'lines/s':>9} {'µs/line':>8} {'RSS MiB':>8} "
      f"{'parse ms':>9} {'link ms':>8} {'rules ms':>9} {'total ms':>9} {'other load':>10}")
for r in rows:
    t = r["timing"]
    print(f"{r['variant']:<8} {r['files']:>7} {r['lines']:>10} {r['wall']:>7.2f} {r['lines'] / r['wall']:>9,.0f} "
          f"{r['wall'] / r['lines'] * 1e6:>8.2f} {r['rssKiB'] / 1024:>8.0f} {t.get('parseMillis', '-'):>9} "
          f"{t.get('linkMillis', '-'):>8} {t.get('rulesMillis', '-'):>9} {t.get('totalMillis', '-'):>9} "
          f"{r['otherCores']:>10.2f}")
if max(r["otherCores"] for r in rows) > 0.2:
    print("WARNING: other processes kept the CPU busy during some runs ('other load', in cores); "
          "timings are inflated and noisy")
print("growth relative to the previous row (lines x / wall x / internal total x; linear means the three match):")
for a, b in zip(rows, rows[1:]):
    lx = b["lines"] / a["lines"]
    wx = b["wall"] / a["wall"]
    tx = b["timing"].get("totalMillis", 0) / max(a["timing"].get("totalMillis", 0), 1)
    print(f"  {a['variant']} -> {b['variant']}: lines x{lx:.2f}, wall x{wx:.2f}, internal total x{tx:.2f}")
EOF
}

mode="${1:-full}"
case "$mode" in
  small | full | large | scaling) prepare ;;
  -h | --help) ;;
  *) die "unknown mode '$mode' (small|full|large|scaling; see --help)" ;;
esac
case "$mode" in
  small | full | large)
    dir="${2:-$tmp_base/java-$mode}"
    ensure_corpus "$mode" "$dir"
    results="$work/results.jsonl"
    run_corpus "$mode" "$dir" "$runs" "$results"
    print_runs "$results"
    ;;
  scaling)
    base="${2:-$tmp_base}"
    results="$work/results.jsonl"
    for variant in small full large; do
      ensure_corpus "$variant" "$base/java-$variant"
    done
    for variant in small full large; do
      run_corpus "$variant" "$base/java-$variant" 1 "$results"
    done
    print_scaling "$results"
    ;;
  -h | --help)
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
    ;;
esac
