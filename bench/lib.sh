# Shared by bench/java.sh and bench/python.sh (sourced, not run): building and snapshotting the jar, waiting for
# an idle machine, one measured `ssot check` run, its JSON line, and the table of several runs.
#
# The sourcing script sets: repo (the checkout), fetch (the corpus fetch script), work (a scratch directory it
# removes), die (prints an error and exits) and, optionally, bench_language (java or python: which one-file tree
# primes the launcher, and what the JSON lines say; default java).
# shellcheck shell=bash
if [[ -n "${BENCH_TIMER:-}" ]]; then
  timer=$BENCH_TIMER  # gnu-time or proc-poll; for testing the fallback
elif [[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; then
  timer=gnu-time
else
  timer=proc-poll
fi

# ensure_corpus VARIANT DIR: fetch the corpus unless DIR already exists.
ensure_corpus() {
  local variant=$1 dir=$2
  if [[ -d "$dir" ]]; then return; fi
  [[ -x "$fetch" ]] || die "corpus $dir is missing and $fetch is not there to fetch it"
  echo "bench: fetching the '$variant' corpus into $dir" >&2
  "$fetch" "$dir" "$variant"
}

# ensure_built: let the launcher (re)build the jar now, so that the build is never part of a measurement.
ensure_built() {
  (cd "$repo" && SSOT_JAVA_OPTS= ./ssot --version >/dev/null) || die "building ssot failed (see $repo/target/ssot-build.log)"
}

# The launcher that is measured. By default a snapshot: the repo's launcher and jar copied once into a private
# directory, so every run measures the same code even while someone edits and rebuilds the repo (the copied
# launcher finds no sources beside it, so it never rebuilds). SNAPSHOT=0 runs ./ssot in the repo instead.
launcher_dir=$repo
take_snapshot() {
  local snap="$work/snapshot" attempt
  for attempt in 1 2 3; do
    if ! (cd "$repo" && SSOT_JAVA_OPTS= ./ssot --version >/dev/null 2>&1); then
      # e.g. sources mid-edit, or a concurrent Maven build in the same target directory
      [[ -f "$repo/ssot-cli/target/ssot.jar" ]] || die "building ssot failed (see $repo/target/ssot-build.log)"
      echo "bench: building ssot failed (see target/ssot-build.log); measuring the existing jar" >&2
    fi
    mkdir -p "$snap/ssot-cli/target"
    cp -p "$repo/ssot" "$snap/ssot"
    cp -p "$repo/ssot-cli/target/ssot.jar" "$snap/ssot-cli/target/ssot.jar"
    # a concurrent rebuild can leave a half-written jar behind; the copy must run
    if SSOT_JAVA_OPTS= "$snap/ssot" --version >/dev/null 2>&1; then
      launcher_dir=$snap
      echo "bench: measuring a snapshot of ssot.jar built $(date -r "$snap/ssot-cli/target/ssot.jar" '+%F %T')" >&2
      return
    fi
    sleep 5
  done
  die "could not take a working snapshot of ssot-cli/target/ssot.jar"
}

# cpu_busy: machine-wide non-idle CPU time so far, in clock ticks (user+nice+system+irq+softirq+steal).
cpu_busy() {
  awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9; exit}' /proc/stat 2>/dev/null || echo 0
}

# wait_quiet: wait (at most QUIET_WAIT seconds) until the rest of the machine stays below a quarter of a core for
# two seconds, so that a concurrent build does not land in the measurement. Measures anyway after the limit;
# the run's "other load" column then shows the contention.
wait_quiet() {
  local deadline=$((SECONDS + ${QUIET_WAIT:-60})) b0 b1 tck
  tck=$(getconf CLK_TCK 2>/dev/null || echo 100)
  [[ -r /proc/stat && "${QUIET_WAIT:-60}" != 0 ]] || return 0
  while :; do
    b0=$(cpu_busy); sleep 2; b1=$(cpu_busy)
    # busy ticks over 2 s below 0.25 cores
    (((b1 - b0) * 100 < 2 * 25 * tck)) && return 0
    if ((SECONDS >= deadline)); then
      echo "bench: machine still busy after ${QUIET_WAIT:-60} s; measuring anyway" >&2
      return 0
    fi
  done
}

# measure DIR REPORT METRICS ERRLOG: one cold run; writes "wall_s peak_rss_kib user_s sys_s exit busy_ticks" to
# METRICS, busy_ticks being the CPU time the whole machine spent during the run (to tell how much others used).
measure() {
  local dir=$1 report=$2 metrics=$3 errlog=$4 rc=0 busy0
  busy0=$(cpu_busy)
  # shellcheck disable=SC2086  # SSOT_ARGS is a list of words
  local -a cmd=("$launcher_dir/ssot" check "$dir" -f json -o "$report" ${cache_args[@]+"${cache_args[@]}"} ${SSOT_ARGS:-})
  if [[ $timer == gnu-time ]]; then
    /usr/bin/time -v -o "$work/time.txt" "${cmd[@]}" >/dev/null 2>"$errlog" || rc=$?
    python3 - "$work/time.txt" "$rc" >"$metrics" <<'EOF'
import sys
fields = {}
for line in open(sys.argv[1]):
    key, sep, value = line.strip().rpartition(": ")
    if sep:
        fields[key] = value
wall = 0.0
for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
    wall = wall * 60 + float(part)
print(wall, fields["Maximum resident set size (kbytes)"], fields["User time (seconds)"],
      fields["System time (seconds)"], sys.argv[2], end=" ")
EOF
  else
    local start end pid hwm=0 v
    start=$(date +%s.%N)
    "${cmd[@]}" >/dev/null 2>"$errlog" &
    pid=$!
    # The launcher execs java (prime has already recorded its class-data-sharing archive, the one case where it
    # runs java as a child), so $pid becomes the JVM. VmHWM is the kernel's own peak, so polling only has to catch
    # the last value before exit.
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [[ -n "$v" && "$v" -gt "$hwm" ]] && hwm=$v
      sleep 0.05
    done
    wait "$pid" || rc=$?
    end=$(date +%s.%N)
    python3 -c 'import sys; print(float(sys.argv[2]) - float(sys.argv[1]), sys.argv[3], "nan", "nan", sys.argv[4], end=" ")' \
      "$start" "$end" "$hwm" "$rc" >"$metrics"
  fi
  echo $(($(cpu_busy) - busy0)) >>"$metrics"
  # exit code 1 only means findings were reported
  if [[ $rc -gt 1 ]]; then
    echo "bench: ssot check failed with exit code $rc:" >&2
    tail -n 20 "$errlog" >&2
    exit 3
  fi
}

# record VARIANT REPORT METRICS JAR_TIME: print one JSON line describing the run.
record() {
  python3 - "$@" <<'EOF'
import json, os, sys
variant, report, metrics, jar = sys.argv[1:5]
r = json.load(open(report))
wall, rss, user, sys_, rc, busy = open(metrics).read().split()
s = r["summary"]
wall, cpu = float(wall), float(user) + float(sys_)
# CPU the rest of the machine used while ssot ran, in cores (nan where ssot's own CPU time is unknown)
others = (int(busy) / os.sysconf("SC_CLK_TCK") - cpu) / wall if wall > 0 else float("nan")
print(json.dumps({"language": os.environ.get("BENCH_LANGUAGE", "java"), "variant": variant,
                  "files": s["files"], "lines": s["lines"],
                  "parseProblems": s.get("parseProblems", len(r.get("parseProblems", []))),
                  "wall": wall, "rssKiB": int(rss), "user": float(user), "sys": float(sys_),
                  "otherCores": max(others, 0.0) if others == others else others,
                  "exit": int(rc), "jar": jar, "javaOpts": os.environ.get("SSOT_JAVA_OPTS", ""),
                  "args": os.environ.get("SSOT_ARGS", ""), "cacheArgs": os.environ.get("BENCH_CACHE_ARGS", ""),
                  "cds": os.environ.get("SSOT_CDS", "0") == "1", "timing": r.get("timing", {})}))
EOF
}

# run_corpus VARIANT DIR COUNT RESULTS: COUNT cold runs, one JSON line per run appended to RESULTS.
# A run is repeated (at most twice) when it included a rebuild of the jar or when other processes kept more than
# a quarter of a core busy during it; after that the last attempt is kept and its "other load" shows the noise.
run_corpus() {
  local variant=$1 dir=$2 count=$3 results=$4 i attempt report line others
  for ((i = 1; i <= count; i++)); do
    for attempt in 1 2 3; do
      if [[ $launcher_dir == "$repo" ]]; then ensure_built && prime; fi
      wait_quiet
      report="$work/report-$variant-$i.json"
      measure "$dir" "$report" "$work/metrics.txt" "$work/stderr.txt"
      if grep -q "ssot: building" "$work/stderr.txt"; then
        echo "bench: run $i of '$variant' included a rebuild (sources changed meanwhile); repeating it" >&2
        [[ $attempt -lt 3 ]] && continue
        die "sources keep changing; no clean measurement possible"
      fi
      line=$(BENCH_CACHE_ARGS="${cache_args[*]}" BENCH_LANGUAGE="${bench_language:-java}" \
        record "$variant" "$report" "$work/metrics.txt" \
        "$(date -r "$launcher_dir/ssot-cli/target/ssot.jar" '+%F %T' 2>/dev/null || echo unknown)")
      others=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["otherCores"])' "$line")
      echo "bench: $variant run $i/$count: $(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.2f s, %.0f MiB, other processes busy %.2f cores" % (d["wall"], d["rssKiB"]/1024, d["otherCores"]))' "$line")" >&2
      if [[ $attempt -lt 3 ]] && python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) > 0.25 else 1)' "$others"; then
        echo "bench: other processes competed for the CPU during that run; repeating it" >&2
        continue
      fi
      break
    done
    echo "$line" >>"$results"
    if [[ -n "${BENCH_JSONL:-}" ]]; then echo "$line" >>"$BENCH_JSONL"; fi
    if [[ -n "${KEEP_REPORTS:-}" ]]; then
      mkdir -p "$KEEP_REPORTS" && cp "$report" "$KEEP_REPORTS/$variant-$i.json"
    fi
  done
}

print_runs() {
  python3 - "$1" "$timer" <<'EOF'
import json, os, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
timer = sys.argv[2]
r0 = rows[0]
med = lambda xs: statistics.median(xs)
walls = [r["wall"] for r in rows]
print(f"variant        {r0['variant']}")
print(f"files          {r0['files']}")
print(f"lines          {r0['lines']}")
print(f"parse problems {r0['parseProblems']}")
print(f"runs           {len(rows)} cold (fresh JVM each; measured with {timer})")
print(f"options        SSOT_JAVA_OPTS='{r0['javaOpts']}' SSOT_ARGS='{r0['args']}' "
      f"cache: {'off (' + r0['cacheArgs'] + ')' if r0['cacheArgs'] else 'on'}, CDS archive: {'on' if r0['cds'] else 'off'}")
jars = sorted({r["jar"] for r in rows})
print(f"ssot.jar built {', '.join(jars)}" +
      ("   (rebuilt between runs: the runs measured different code)" if len(jars) > 1 else ""))
print(f"wall s         " + "  ".join(f"{w:.2f}" for w in walls) + f"   median {med(walls):.2f}")
print(f"lines/s        {r0['lines'] / med(walls):,.0f}  (median wall)")
rss = [r["rssKiB"] / 1024 for r in rows]
print(f"peak RSS MiB   " + "  ".join(f"{x:.0f}" for x in rss) + f"   max {max(rss):.0f}")
cpu = [r["user"] + r["sys"] for r in rows]
if all(c == c for c in cpu):  # not NaN
    print(f"CPU s (u+s)    " + "  ".join(f"{c:.2f}" for c in cpu) +
          f"   median {med(cpu):.2f}  (= {med(cpu) / med(walls):.2f} cores busy)")
others = [r["otherCores"] for r in rows]
if all(o == o for o in others):
    print(f"other load     " + "  ".join(f"{o:.2f}" for o in others) +
          "   (cores other processes kept busy during each run)")
    if max(others) > 0.2:
        print(f"WARNING        other processes used up to {max(others):.2f} of {os.cpu_count()} cores during "
              "the runs; timings are inflated and noisy")
keys = ["discoverMillis", "parseMillis", "linkMillis", "rulesMillis", "totalMillis"]
print("internal timing (ms, from the report):")
print("  " + " ".join(f"{k:>15}" for k in ["run"] + keys))
for i, r in enumerate(rows, 1):
    print("  " + " ".join(f"{v:>15}" for v in [i] + [r["timing"].get(k, "-") for k in keys]))
medians = [med([r["timing"].get(k, 0) for r in rows]) for k in keys]
print("  " + " ".join(f"{v:>15}" for v in ["median"] + [f"{m:.0f}" for m in medians]))
if "parsedFiles" in r0["timing"]:
    print(f"  files parsed / from cache: {r0['timing']['parsedFiles']} / {r0['timing'].get('cachedFiles', 0)}")
total = medians[-1]
if total:
    print("  share of totalMillis: " + ", ".join(f"{k[:-6]} {m / total:.0%}" for k, m in zip(keys[:-1], medians)))
    print(f"  JVM start + report writing + exit (median wall - totalMillis): {med(walls) - total / 1000:.2f} s")
EOF
}

# prepare: build/snapshot, decide on the cache flag, and do one untimed run on a one-file tree so that whatever
# the launcher records on the first analysing run after a build (its class-data-sharing archive) exists before
# the measured runs, as it does for a user from the second run on.
cache_args=()
prepare() {
  if [[ "${SNAPSHOT:-1}" != 0 ]]; then take_snapshot; else ensure_built; fi
  # Measure parsing, not the facts cache (bench/cache.sh measures that): every run parses every file and leaves
  # the corpus untouched.
  if [[ "${CACHE:-0}" == 0 ]] && SSOT_JAVA_OPTS= "$launcher_dir/ssot" check --help 2>/dev/null | grep -q -- --no-cache; then
    cache_args=(--no-cache)
  fi
  prime
}
prime() {
  mkdir -p "$work/prime/p"
  if [[ "${bench_language:-java}" == python ]]; then
    printf 'class A:\n    pass\n' >"$work/prime/p/a.py"
  else
    printf 'package p;\nclass A {}\n' >"$work/prime/p/A.java"
  fi
  "$launcher_dir/ssot" check "$work/prime" ${cache_args[@]+"${cache_args[@]}"} >/dev/null 2>&1 || true
}
