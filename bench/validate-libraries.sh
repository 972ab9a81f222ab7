#!/usr/bin/env bash
# Runs the duplicate-type and non-canonical-import rules on the source jars of well-known libraries
# from Maven Central and prints how many findings each rule reports per library. This is the
# reproduction script of docs/validation.md.
#
# Usage: bench/validate-libraries.sh [GROUP:ARTIFACT:VERSION ...]
#   without arguments: the seven libraries of docs/validation.md (round 2).
#
# For each coordinate: fetches ARTIFACT-VERSION-sources.jar with Maven (maven-dependency-plugin, from
# the repositories of your Maven settings, i.e. Maven Central by default) into
# ${TMPDIR:-/tmp}/ssot-validation/ (kept as a cache), unpacks it into ARTIFACT-VERSION/, runs
#   ./ssot check ARTIFACT-VERSION --select duplicate-type,non-canonical-import -f json -o report-ARTIFACT-VERSION.json
# and prints a table: findings per rule, parse problems, wall time.
#
# Environment: MVN (default mvn);
#   SAMPLE=1 also prints, per library and rule, the findings that were judged in docs/validation.md:
#   all of them when there are at most 50, else the sample random.seed(1); random.sample(range(n), 50)
#   over the findings of that rule in report order.
# Needs: unzip, python3 (standard library only), and what ./ssot needs (JDK 17+, Maven).
set -euo pipefail

if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ssot="$bench/../ssot"
mvn_cmd="${MVN:-mvn}"
work="${TMPDIR:-/tmp}/ssot-validation"
mkdir -p "$work"

coords=("$@")
if [ ${#coords[@]} -eq 0 ]; then
  coords=(
    junit:junit:4.13.2
    commons-collections:commons-collections:3.2.2
    org.apache.commons:commons-lang3:3.14.0
    com.fasterxml.jackson.core:jackson-databind:2.17.2
    org.springframework:spring-core:6.1.14
    org.hibernate.orm:hibernate-core:6.6.1.Final
    org.springframework:spring-web:6.1.14
  )
fi

rows=()
for coord in "${coords[@]}"; do
  IFS=: read -r group artifact version <<<"$coord"
  if [ -z "${group:-}" ] || [ -z "${artifact:-}" ] || [ -z "${version:-}" ]; then
    echo "validate-libraries: not GROUP:ARTIFACT:VERSION: $coord" >&2
    exit 2
  fi
  name="$artifact-$version"
  jar="$work/$name-sources.jar"
  dir="$work/$name"
  if [ ! -s "$jar" ]; then
    echo "validate-libraries: fetching $coord (sources)" >&2
    # run outside any project, so that Maven does not pick up a pom.xml in the current directory
    (cd "$work" && "$mvn_cmd" -q -B -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy \
        -Dartifact="$group:$artifact:$version:jar:sources" -DoutputDirectory="$work") >&2
    [ -s "$jar" ] || { echo "validate-libraries: no sources jar for $coord" >&2; exit 3; }
  fi
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir.part"
    unzip -q -o "$jar" -d "$dir.part"
    mv "$dir.part" "$dir"
  fi
  report="$work/report-$name.json"
  start=$(date +%s)
  set +e
  (cd "$work" && "$ssot" check "$name" --select duplicate-type,non-canonical-import -f json -o "$report")
  rc=$?
  set -e
  end=$(date +%s)
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
    echo "validate-libraries: ssot failed on $name (exit $rc)" >&2
    exit "$rc"
  fi
  rows+=("$name|$report|$((end - start))")
done

python3 - "${rows[@]}" <<'EOF'
import json, os, random, sys

rules = ["duplicate-type", "non-canonical-import"]
print(f"{'library':<34} {'files':>6} {'duplicate-type':>15} {'non-canonical-import':>21} {'parse problems':>15} {'seconds':>8}")
totals = [0, 0]
samples = []
for row in sys.argv[1:]:
    name, path, seconds = row.split("|")
    report = json.load(open(path))
    counts = [sum(1 for f in report["findings"] if f["ruleId"] == r) for r in rules]
    totals = [a + b for a, b in zip(totals, counts)]
    print(f"{name:<34} {report['summary']['files']:>6} {counts[0]:>15} {counts[1]:>21} "
          f"{len(report['parseProblems']):>15} {seconds:>8}")
    for rule in rules:
        found = [f for f in report["findings"] if f["ruleId"] == rule]
        random.seed(1)
        picked = sorted(random.sample(range(len(found)), 50)) if len(found) > 50 else list(range(len(found)))
        samples.append((name, rule, len(found), [(i, found[i]) for i in picked]))
print(f"{'total':<34} {'':>6} {totals[0]:>15} {totals[1]:>21}")
if os.environ.get("SAMPLE"):
    for name, rule, n, picked in samples:
        if not picked:
            continue
        how = "all" if len(picked) == n else "random.seed(1) sample of 50"
        print(f"\n## {name} {rule}: {n} findings, judged: {how}")
        for i, f in picked:
            loc = f["location"]
            print(f"[{i}] {loc['path']}:{loc['line']}  {f['message']}")
EOF
