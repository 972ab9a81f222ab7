#!/usr/bin/env bash
# Cold `ssot check` against CPython's own parser on the same Python tree: paired runs on this machine.
#
#   usage: bench/python-vs-cpython.sh [CORPUS_DIR]
#
#   CORPUS_DIR defaults to ${TMPDIR:-/tmp}/ssot-bench/python-large, which bench/python-large-corpus.sh assembles
#   (7.5 M lines of Debian's Python packages) when it does not exist. Any Python tree can be given instead.
#
# Each pair is, back to back and in alternating order:
#   ssot     `ssot check CORPUS --no-cache -f json` through a snapshot of the ./ssot launcher (as bench/java.sh
#            runs it: a fresh JVM, every file parsed, linked and checked), timed by /usr/bin/time -v (wall time,
#            CPU, peak RSS);
#   cpython  bench/src/cpython_parse.py: ast.parse of every .py file of the same tree in PROCESSES processes
#            (default 2, the processors of the reference machine), interpreter start included.
# Then the medians of RUNS pairs (default 3) and of the per-pair ratios ssot/cpython. The pairing matters on a
# shared machine: both halves of a pair see about the same load; "other load" says how much there was.
#
# Environment: RUNS, PROCESSES, SSOT_JAVA_OPTS, SSOT_ARGS, QUIET_WAIT, SNAPSHOT (as bench/java.sh), PYTHON
# (default python3), BENCH_JSONL (also append one JSON line per run there).
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$script_dir")"
fetch="$script_dir/python-large-corpus.sh"
runs="${RUNS:-3}"
processes="${PROCESSES:-2}"
python="${PYTHON:-python3}"
bench_language=python
dir="${1:-${TMPDIR:-/tmp}/ssot-bench/python-large}"

die() { echo "bench: $*" >&2; exit 2; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, not '$runs'"
[[ "$processes" =~ ^[1-9][0-9]*$ ]] || die "PROCESSES must be a positive integer, not '$processes'"
command -v "$python" >/dev/null 2>&1 || die "$python is needed"
[[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1 || die "GNU time (/usr/bin/time -v) is needed"

work="$(mktemp -d "${TMPDIR:-/tmp}/ssot-bench-run.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/lib.sh
. "$script_dir/lib.sh"

if [[ ! -d "$dir" ]]; then
  echo "bench: assembling the corpus in $dir" >&2
  "$fetch" "$dir" >&2
fi
prepare

# time_of FILE: "wall_s peak_rss_kib user_s sys_s" from /usr/bin/time -v output
time_of() {
  python3 - "$1" <<'PY'
import sys
fields = {}
for line in open(sys.argv[1]):
    key, sep, value = line.strip().rpartition(": ")
    if sep:
        fields[key] = value
wall = 0.0
for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
    wall = wall * 60 + float(part)
print(wall, fields["Maximum resident set size (kbytes)"], fields["User time (seconds)"], fields["System time (seconds)"])
PY
}

run_ssot() {
  local rc=0 busy0
  wait_quiet
  busy0=$(cpu_busy)
  # shellcheck disable=SC2086  # SSOT_ARGS is a list of words
  /usr/bin/time -v -o "$work/time.txt" "$launcher_dir/ssot" check "$dir" -f json -o "$work/report.json" \
    ${cache_args[@]+"${cache_args[@]}"} ${SSOT_ARGS:-} >/dev/null 2>"$work/ssot.err" || rc=$?
  [[ $rc -le 1 ]] || { tail -n 20 "$work/ssot.err" >&2; die "ssot check failed with exit code $rc"; }
  python3 - "$work/report.json" "$(time_of "$work/time.txt")" "$(($(cpu_busy) - busy0))" <<'PY'
import json, os, sys
report = json.load(open(sys.argv[1]))
wall, rss, user, sys_ = (float(x) for x in sys.argv[2].split())
others = max(int(sys.argv[3]) / os.sysconf("SC_CLK_TCK") - user - sys_, 0) / wall
t = report.get("timing", {})
print(json.dumps({"kind": "ssot", "wall": wall, "rssKiB": int(rss), "cpu": user + sys_, "otherCores": others,
                  "files": t.get("parsedFiles"), "parseProblems": len(report.get("parseProblems", [])),
                  "timing": t}))
PY
}

run_cpython() {
  local busy0
  wait_quiet
  busy0=$(cpu_busy)
  /usr/bin/time -v -o "$work/time.txt" "$python" "$script_dir/src/cpython_parse.py" "$dir" "$processes" \
    >"$work/cpython.json" 2>"$work/cpython.err" || { tail -n 20 "$work/cpython.err" >&2; die "the CPython parse failed"; }
  python3 - "$work/cpython.json" "$(time_of "$work/time.txt")" "$(($(cpu_busy) - busy0))" <<'PY'
import json, os, sys
r = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
wall, rss, user, sys_ = (float(x) for x in sys.argv[2].split())
# the workers' CPU is counted in user/sys (time waits for the children); their RSS is not in rss
others = max(int(sys.argv[3]) / os.sysconf("SC_CLK_TCK") - user - sys_, 0) / wall
r.update({"kind": "cpython", "wall": wall, "cpu": user + sys_, "otherCores": others})
print(json.dumps(r))
PY
}

results="$work/pairs.jsonl"
for ((i = 1; i <= runs; i++)); do
  if ((i % 2 == 1)); then order=(ssot cpython); else order=(cpython ssot); fi
  for kind in "${order[@]}"; do
    line=$("run_$kind")
    echo "$line" >>"$results"
    if [[ -n "${BENCH_JSONL:-}" ]]; then echo "$line" >>"$BENCH_JSONL"; fi
    echo "bench: pair $i/$runs $kind: $(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.2f s wall, %.2f s CPU, other load %.2f cores" % (d["wall"], d["cpu"], d["otherCores"]))' "$line")" >&2
  done
done

python3 - "$results" "$dir" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
ssot = [r for r in rows if r["kind"] == "ssot"]
cpy = [r for r in rows if r["kind"] == "cpython"]
med = statistics.median
c0 = cpy[0]
print(f"corpus {sys.argv[2]}: {c0['files']:,} files, {c0['lines']:,} lines ({c0['bytes'] / 1e6:.0f} MB); "
      f"ssot parsed {ssot[0]['files']:,} files ({ssot[0]['parseProblems']} parse problems), "
      f"CPython rejected {c0['rejected']} (Python {c0['python']}, {c0['processes']} processes)")
print(f"{'pair':>4} {'ssot s':>8} {'cpython s':>10} {'ratio':>6} {'ssot CPU s':>11} {'cpython CPU s':>14} "
      f"{'ssot RSS MiB':>13} {'other load':>10}")
ratios = []
for i, (s, c) in enumerate(zip(ssot, cpy), 1):
    ratios.append(s["wall"] / c["wall"])
    print(f"{i:>4} {s['wall']:>8.2f} {c['wall']:>10.2f} {ratios[-1]:>6.2f} {s['cpu']:>11.2f} {c['cpu']:>14.2f} "
          f"{s['rssKiB'] / 1024:>13.0f} {max(s['otherCores'], c['otherCores']):>10.2f}")
print(f"median: ssot {med(r['wall'] for r in ssot):.2f} s, cpython {med(r['wall'] for r in cpy):.2f} s, "
      f"ratio of the pairs {med(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f}); "
      f"CPU ssot/cpython {med(r['cpu'] for r in ssot) / med(r['cpu'] for r in cpy):.2f}; "
      f"peak RSS of ssot {max(r['rssKiB'] for r in ssot) / 1024:.0f} MiB")
t = med(r["timing"].get("parseMillis", 0) for r in ssot)
print(f"ssot phases (median ms): parse {t:.0f}, link {med(r['timing'].get('linkMillis', 0) for r in ssot):.0f}, "
      f"rules {med(r['timing'].get('rulesMillis', 0) for r in ssot):.0f}, "
      f"total {med(r['timing'].get('totalMillis', 0) for r in ssot):.0f}")
PY
