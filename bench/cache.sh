#!/usr/bin/env bash
# Benchmark the facts cache of `ssot check` on the `full` corpus of a language: Java (about 4,700 files, 1.03 M
# lines) or Python (about 3,500 files, 1.47 M lines).
#
#   usage: bench/cache.sh [java|python] [CORPUS_DIR]
#
#   The language defaults to java. CORPUS_DIR defaults to ${TMPDIR:-/tmp}/ssot-bench/<language>-full and is
#   fetched with ../shared/bench/fetch-<language>-corpus.sh when missing. It is never modified: the runs use a
#   scratch copy.
#
# Runs, each a fresh JVM through the ./ssot launcher with the cache in a scratch directory (--cache-dir):
#   cold     empty cache: every file is parsed and the cache is written
#   warm     nothing changed: every file comes from the cache (RUNS times)
#   touched  a comment line appended to 1% of the files (a different 1% each time): only those are parsed (RUNS times)
# and prints wall seconds, the report's cachedFiles/parsedFiles and phase timing, and the cache size on disk.
# It also checks that the warm report is byte-identical to the cold one once `timing` is removed.
#
# Environment:
#   RUNS            warm and touched runs (default 3; the median is reported)
#   SSOT_JAVA_OPTS  extra JVM options, passed through to the ./ssot launcher
#   QUIET_WAIT      seconds to wait before each run for the machine to go idle (default 60; 0: do not wait)
#   SNAPSHOT        1 (default): measure a private copy of the launcher and jar, taken at the start (as bench/java.sh
#                   does); 0: run ./ssot itself
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$script_dir")"
bench_language=java
if [[ "${1:-}" == java || "${1:-}" == python ]]; then
  bench_language=$1
  shift
fi
case "$bench_language" in
  java) extension=java comment=// ;;
  python) extension=py comment='#' ;;
esac
fetch="$repo/../shared/bench/fetch-$bench_language-corpus.sh"
corpus="${1:-${TMPDIR:-/tmp}/ssot-bench/$bench_language-full}"
runs="${RUNS:-3}"

die() { echo "bench: $*" >&2; exit 2; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, not '$runs'"
command -v python3 >/dev/null 2>&1 || die "python3 is needed to read the JSON report"

if [[ ! -d "$corpus" ]]; then
  [[ -x "$fetch" ]] || die "corpus $corpus is missing and $fetch is not there to fetch it"
  echo "bench: fetching the 'full' corpus into $corpus" >&2
  "$fetch" "$corpus" full
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/ssot-bench-cache.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tree="$work/tree"
cache="$work/cache"
cp -r "$corpus" "$tree"
rm -rf "$tree/.ssot-cache"

# shellcheck source=bench/lib.sh
. "$script_dir/lib.sh"

# Build (and let the launcher prepare anything it keeps between runs) outside the measurements.
if [[ "${SNAPSHOT:-1}" != 0 ]]; then take_snapshot; else ensure_built; fi
cache_args=(--no-cache)
prime

# cache_run NAME: one run; appends "NAME start end busy_ticks_before busy_ticks_after report" to $work/runs.txt
n=0
cache_run() {
  local name=$1 start end rc=0 b0 b1 report
  n=$((n + 1))
  report="$work/report-$n.json"
  wait_quiet
  b0=$(cpu_busy)
  start=$(date +%s.%N)
  "$launcher_dir/ssot" check "$tree" --cache-dir "$cache" -f json -o "$report" >/dev/null 2>"$work/stderr.txt" || rc=$?
  end=$(date +%s.%N)
  b1=$(cpu_busy)
  if grep -q "ssot: building" "$work/stderr.txt"; then
    die "the launcher rebuilt ssot during the run (SNAPSHOT=0 while the sources changed)"
  fi
  if [[ $rc -gt 1 ]]; then
    cat "$work/stderr.txt" >&2
    die "ssot check failed with exit code $rc"
  fi
  echo "$name $start $end $b0 $b1 $report" >>"$work/runs.txt"
  python3 - "$name" "$start" "$end" "$report" <<'PY' >&2
import json, sys
name, start, end, report = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
t = json.load(open(report))["timing"]
print(f"bench: {name:<8} {end - start:6.2f} s  cached {t.get('cachedFiles')}  parsed {t.get('parsedFiles')}")
PY
}

# touch_one_percent ROUND: append a comment line to every 100th source file, starting at ROUND.
touch_one_percent() {
  local round=$1
  find "$tree" -name "*.$extension" -type f | LC_ALL=C sort | awk -v r="$round" 'NR % 100 == r % 100' |
    while read -r f; do
      printf '\n%s touched by bench/cache.sh round %s\n' "$comment" "$round" >>"$f"
    done
}

cache_run cold
cache_bytes=$(stat -c %s "$cache/facts.bin")
cold_report=$(awk '$1 == "cold" {print $6}' "$work/runs.txt")
for ((i = 1; i <= runs; i++)); do cache_run warm; done
warm_report=$(awk '$1 == "warm" {print $6}' "$work/runs.txt" | tail -1)
for ((i = 1; i <= runs; i++)); do
  touch_one_percent "$i"
  cache_run touched
done

python3 - "$work/runs.txt" "$cold_report" "$warm_report" "$cache_bytes" "$runs" <<'PY'
import json, os, statistics, sys
runs_file, cold_report, warm_report, cache_bytes, count = sys.argv[1:6]
tck = os.sysconf("SC_CLK_TCK")
rows = []
for line in open(runs_file):
    name, start, end, b0, b1, report = line.split()
    wall = float(end) - float(start)
    r = json.load(open(report))
    rows.append({"name": name, "wall": wall, "timing": r["timing"], "summary": r["summary"],
                 "busy": (int(b1) - int(b0)) / tck})
def strip(path):
    r = json.load(open(path)); r.pop("timing"); return r
identical = strip(cold_report) == strip(warm_report)
s = rows[0]["summary"]
print(f"corpus           {s['files']} files, {s['lines']:,} lines ({os.cpu_count()} cores, load before: "
      f"{open('/proc/loadavg').read().split()[0]})")
print(f"cache size       {int(cache_bytes) / 1e6:.1f} MB (facts.bin)")
print(f"warm == cold     {'yes' if identical else 'NO'} (JSON report without timing)")
print(f"{'run':<9} {'wall s':>7} {'cached':>7} {'parsed':>7} {'discover':>9} {'parse':>6} {'link':>6} {'rules':>6} "
      f"{'total':>6} {'machine CPU s':>14}")
for r in rows:
    t = r["timing"]
    print(f"{r['name']:<9} {r['wall']:>7.2f} {t.get('cachedFiles', '-'):>7} {t.get('parsedFiles', '-'):>7} "
          f"{t.get('discoverMillis', '-'):>9} {t.get('parseMillis', '-'):>6} {t.get('linkMillis', '-'):>6} "
          f"{t.get('rulesMillis', '-'):>6} {t.get('totalMillis', '-'):>6} {r['busy']:>14.2f}")
for name in ("cold", "warm", "touched"):
    walls = [r["wall"] for r in rows if r["name"] == name]
    print(f"median {name:<8} {statistics.median(walls):.2f} s")
print("(phase columns in ms from the report; 'machine CPU s' is CPU time used by every process during the run: "
      "far above the run's own share means other load made the timings noisy)")
if not identical:
    sys.exit(1)
PY
