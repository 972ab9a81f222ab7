#!/usr/bin/env bash
# Benchmark `ssot check` on real Python sources (Debian's pure-Python packages, see
# ../shared/bench/fetch-python-corpus.sh) against the bare tree-sitter parse of the same files.
#
#   usage: bench/python.sh [small|full] [CORPUS_DIR]   RUNS bare parses and RUNS cold checks of one corpus (default: full)
#          bench/python.sh scaling [BASE_DIR]           the same for small and full, with the time per line of both
#
#   CORPUS_DIR defaults to ${TMPDIR:-/tmp}/ssot-bench/python-<variant>; it is fetched when it does not exist.
#   An existing directory is used as it is, so any Python tree can be benchmarked this way.
#   In scaling mode the corpora are BASE_DIR/python-<variant> (default BASE_DIR: ${TMPDIR:-/tmp}/ssot-bench).
#
# Two measurements per corpus, each RUNS times in a fresh JVM, medians reported:
#   bare parse  bench/src/TreeSitterParseBench.java, compiled here against ssot.jar: read every .py file, parse it
#               with tree-sitter-python (THREADS threads, one upcall handing the parser the whole file, as ssot
#               does) and close the tree. Timed inside the JVM, the parse loop only: no JVM start, no file
#               listing, no native library loading (those are shown separately). This is the floor for ssot's
#               parse phase.
#   check       `ssot check CORPUS --no-cache --threads=THREADS -f json`, a cold run through the ./ssot launcher,
#               as bench/java.sh measures it (wall time, peak RSS, CPU, the report's phase timing).
# and then check / bare parse, for the wall time and for the report's parse phase.
#
# Environment: as bench/java.sh (RUNS, SSOT_JAVA_OPTS, SSOT_ARGS, QUIET_WAIT, KEEP_REPORTS, SNAPSHOT, CACHE,
# SSOT_CDS, BENCH_JSONL), and
#   THREADS         parser threads for both measurements (default: the number of processors, ssot's default)
#   BARE_PASSES     parses of the whole corpus per bare-parse JVM (default 1); with more, the later passes, which
#                   run with the Java side compiled, are reported too
# The bare parse runs with the launcher's GC, JIT and stack options plus SSOT_JAVA_OPTS. Needs javac (a JDK) and
# python3.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$script_dir")"
shared="$repo/../shared"
fetch="$shared/bench/fetch-python-corpus.sh"
runs="${RUNS:-3}"
tmp_base="${TMPDIR:-/tmp}/ssot-bench"
threads="${THREADS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc)}"
bare_passes="${BARE_PASSES:-1}"
bench_language=python

die() { echo "bench: $*" >&2; exit 2; }

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, not '$runs'"
[[ "$threads" =~ ^[1-9][0-9]*$ ]] || die "THREADS must be a positive integer, not '$threads'"
[[ "$bare_passes" =~ ^[1-9][0-9]*$ ]] || die "BARE_PASSES must be a positive integer, not '$bare_passes'"
command -v python3 >/dev/null 2>&1 || die "python3 is needed to read the JSON report"

work="$(mktemp -d "${TMPDIR:-/tmp}/ssot-bench-run.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# shellcheck source=bench/lib.sh
. "$script_dir/lib.sh"

# Both measurements use the same number of parser threads.
export SSOT_ARGS="--threads=$threads${SSOT_ARGS:+ $SSOT_ARGS}"

java_cmd=java
javac_cmd=javac
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
  javac_cmd="$JAVA_HOME/bin/javac"
fi
# The launcher's GC, JIT and stack settings (see ./ssot), so both JVMs run the Java side alike.
bare_jvm_opts=(-XX:+UseParallelGC -XX:GCTimeRatio=19 -XX:MaxNewSize=256m -Xss8m -XX:TieredStopAtLevel=1)

# compile_bare: build the bare-parse main class against the measured jar (tree-sitter is inside it).
compile_bare() {
  command -v "$javac_cmd" >/dev/null 2>&1 || die "javac is needed to compile bench/src/TreeSitterParseBench.java"
  mkdir -p "$work/bare-classes"
  "$javac_cmd" -d "$work/bare-classes" -cp "$launcher_dir/ssot-cli/target/ssot.jar" \
    "$script_dir/src/TreeSitterParseBench.java" || die "compiling bench/src/TreeSitterParseBench.java failed"
}

# run_bare VARIANT DIR COUNT RESULTS: COUNT bare parses, each in a fresh JVM, one JSON line each appended to
# RESULTS. Repeated (at most twice) when other processes kept more than a quarter of a core busy.
run_bare() {
  local variant=$1 dir=$2 count=$3 results=$4 i attempt busy0 rc line others
  local -a cmd
  # shellcheck disable=SC2086  # SSOT_JAVA_OPTS is a list of words
  cmd=("$java_cmd" "${bare_jvm_opts[@]}" ${SSOT_JAVA_OPTS:-} -cp "$launcher_dir/ssot-cli/target/ssot.jar:$work/bare-classes"
    TreeSitterParseBench "$dir" "$threads" "$bare_passes")
  for ((i = 1; i <= count; i++)); do
    for attempt in 1 2 3; do
      wait_quiet
      rc=0
      busy0=$(cpu_busy)
      if [[ $timer == gnu-time ]]; then
        /usr/bin/time -f '%e %M %U %S' -o "$work/bare-time.txt" "${cmd[@]}" >"$work/bare.json" 2>"$work/stderr.txt" || rc=$?
      else
        local start end
        start=$(date +%s.%N)
        "${cmd[@]}" >"$work/bare.json" 2>"$work/stderr.txt" || rc=$?
        end=$(date +%s.%N)
        python3 -c 'import sys; print(float(sys.argv[2]) - float(sys.argv[1]), 0, "nan", "nan")' "$start" "$end" \
          >"$work/bare-time.txt"
      fi
      if [[ $rc -ne 0 ]]; then
        tail -n 20 "$work/stderr.txt" >&2
        die "the bare parse failed with exit code $rc"
      fi
      line=$(python3 - "$variant" "$work/bare.json" "$work/bare-time.txt" "$(($(cpu_busy) - busy0))" <<'EOF'
import json, os, sys
variant, out, timing, busy = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
r = json.loads(open(out).read().strip().splitlines()[-1])
wall, rss, user, sys_ = open(timing).read().split()[:4]
wall, cpu = float(wall), float(user) + float(sys_)
others = (busy / os.sysconf("SC_CLK_TCK") - cpu) / wall if wall > 0 else float("nan")
r.update({"language": "python", "variant": variant, "processWall": wall, "rssKiB": int(rss), "user": float(user),
          "sys": float(sys_), "otherCores": max(others, 0.0) if others == others else others, "kind": "bare-parse"})
print(json.dumps(r))
EOF
)
      others=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["otherCores"])' "$line")
      echo "bench: $variant bare parse $i/$count: $(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.2f s parsing (passes: %s ms), process %.2f s, other processes busy %.2f cores" % (d["passMillis"][0] / 1000, d["passMillis"], d["processWall"], d["otherCores"]))' "$line")" >&2
      if [[ $attempt -lt 3 ]] && python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) > 0.25 else 1)' "$others"; then
        echo "bench: other processes competed for the CPU during that run; repeating it" >&2
        continue
      fi
      break
    done
    echo "$line" >>"$results"
    if [[ -n "${BENCH_JSONL:-}" ]]; then echo "$line" >>"$BENCH_JSONL"; fi
  done
}

# compare BARE_RESULTS CHECK_RESULTS: the table of both measurements for each variant, per line and as ratios.
compare() {
  python3 - "$1" "$2" "$threads" <<'EOF'
import json, os, statistics, sys
bare_rows = [json.loads(l) for l in open(sys.argv[1])]
check_rows = [json.loads(l) for l in open(sys.argv[2])]
threads = sys.argv[3]
med = statistics.median
variants = list(dict.fromkeys(r["variant"] for r in check_rows))
print(f"bare parse vs check ({threads} parser threads each; medians of {len(check_rows) // len(variants)} runs, "
      f"fresh JVM each; {os.cpu_count()} processors):")
header = (f"  {'variant':<8} {'files':>6} {'lines':>10} {'bare s':>7} {'check s':>8} {'check/bare':>10} "
          f"{'parse ms':>9} {'parse/bare':>10} {'bare l/s':>10} {'check l/s':>10} {'bare µs/l':>9} "
          f"{'check µs/l':>10} {'RSS MiB':>8}")
print(header)
summary = []
for v in variants:
    b = [r for r in bare_rows if r["variant"] == v]
    c = [r for r in check_rows if r["variant"] == v]
    lines = c[0]["lines"]
    bare = med([r["passMillis"][0] for r in b]) / 1000
    check = med([r["wall"] for r in c])
    parse = med([r["timing"].get("parseMillis", 0) for r in c])
    rss = max(r["rssKiB"] for r in c) / 1024
    summary.append((v, lines, bare, check))
    print(f"  {v:<8} {c[0]['files']:>6} {lines:>10} {bare:>7.2f} {check:>8.2f} {check / bare:>10.2f} "
          f"{parse:>9.0f} {parse / 1000 / bare:>10.2f} {lines / bare:>10,.0f} {lines / check:>10,.0f} "
          f"{bare / lines * 1e6:>9.2f} {check / lines * 1e6:>10.2f} {rss:>8.0f}")
    if b[0]["files"] != c[0]["files"] or b[0]["lines"] != lines:
        print(f"  WARNING  {v}: the bare parse read {b[0]['files']} files / {b[0]['lines']} lines, "
              f"ssot {c[0]['files']} / {lines}")
    if b[0]["syntaxErrors"] != c[0]["parseProblems"]:
        print(f"  note     {v}: {b[0]['syntaxErrors']} files with syntax errors in the bare parse, "
              f"{c[0]['parseProblems']} parse problems reported by ssot")
    bare_cpu = med([r["user"] + r["sys"] for r in b])
    check_cpu = med([r["user"] + r["sys"] for r in c])
    if bare_cpu == bare_cpu and check_cpu == check_cpu:  # not NaN
        print(f"  {'':<8} CPU s (user+sys, whole process): bare parse {bare_cpu:.2f}, check {check_cpu:.2f}, "
              f"check/bare {check_cpu / bare_cpu:.2f} (varies less than wall time when other processes compete)")
    extra = [p for r in b for p in r["passMillis"][1:]]
    print(f"  {'':<8} bare parse: native libraries loaded in {med([r['loadMillis'] for r in b]):.0f} ms; whole "
          f"process {med([r['processWall'] for r in b]):.2f} s, peak RSS {max(r['rssKiB'] for r in b) / 1024:.0f} MiB"
          + (f"; later passes in the same JVM {med(extra) / 1000:.2f} s (median)" if extra else ""))
others = [r["otherCores"] for r in bare_rows + check_rows if r["otherCores"] == r["otherCores"]]
if others and max(others) > 0.2:
    print(f"  WARNING  other processes used up to {max(others):.2f} cores during some runs; timings are noisy")
print("  (bare s: the parse loop inside the JVM; check s: wall time of the whole run; parse ms: the check's parse")
print("   phase, from its report: reading, decoding, parsing and extracting the facts)")
if len(summary) > 1:
    print("growth relative to the previous row (linear means the three match):")
    for (va, la, ba, ca), (vb, lb, bb, cb) in zip(summary, summary[1:]):
        print(f"  {va} -> {vb}: lines x{lb / la:.2f}, bare parse x{bb / ba:.2f}, check x{cb / ca:.2f}")
EOF
}

mode="${1:-full}"
case "$mode" in
  small | full | scaling) prepare && compile_bare ;;
  -h | --help) ;;
  *) die "unknown mode '$mode' (small|full|scaling; see --help)" ;;
esac
case "$mode" in
  small | full)
    dir="${2:-$tmp_base/python-$mode}"
    ensure_corpus "$mode" "$dir"
    run_bare "$mode" "$dir" "$runs" "$work/bare.jsonl"
    run_corpus "$mode" "$dir" "$runs" "$work/results.jsonl"
    print_runs "$work/results.jsonl"
    echo
    compare "$work/bare.jsonl" "$work/results.jsonl"
    ;;
  scaling)
    base="${2:-$tmp_base}"
    for variant in small full; do
      ensure_corpus "$variant" "$base/python-$variant"
    done
    for variant in small full; do
      run_bare "$variant" "$base/python-$variant" "$runs" "$work/bare.jsonl"
      run_corpus "$variant" "$base/python-$variant" "$runs" "$work/results.jsonl"
    done
    compare "$work/bare.jsonl" "$work/results.jsonl"
    ;;
  -h | --help)
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
    ;;
esac
