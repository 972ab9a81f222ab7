#!/usr/bin/env bash
# The heap `ssot check` needs: cold runs of one tree under given maximum heaps.
#
#   usage: bench/memory.sh TREE [HEAP...]
#
#   TREE   the directory to check (any size; e.g. the 7.5 M-line tree of python-large-corpus.sh)
#   HEAP   JVM heap sizes to try, largest first (default: 1024m 768m 640m 512m 448m 384m); the runs stop at
#          the first heap under which the check does not complete
#
# Environment:
#   REFERENCE   a JSON report of the same tree (e.g. from an earlier build, or a large heap): each run's
#               report is compared with it, everything but the "timing" object
#   SSOT_ARGS   extra `ssot check` arguments
#
# Every run is a fresh JVM started through the ./ssot launcher (its JVM flags, plus -Xmx<HEAP> in
# SSOT_JAVA_OPTS) with --no-cache, so every file is parsed. Per heap it prints the exit code (0 or 1: the check
# completed; 2 with the launcher's out-of-memory message: the heap was too small), wall time, CPU seconds
# (user + system), peak RSS and, with REFERENCE, whether the report equals it. Needs /usr/bin/time and python3.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$script_dir")"

if [[ $# -lt 1 || "$1" == "-h" || "$1" == "--help" ]]; then
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
  exit 0
fi
tree=$1
shift
[[ -d "$tree" ]] || { echo "bench: no such directory: $tree" >&2; exit 2; }
heaps=("$@")
[[ ${#heaps[@]} -gt 0 ]] || heaps=(1024m 768m 640m 512m 448m 384m)
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time is needed" >&2; exit 2; }

(cd "$repo" && SSOT_JAVA_OPTS= ./ssot --version >/dev/null) || { echo "bench: building ssot failed" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/ssot-memory.XXXXXX")"
trap 'rm -rf "$work"' EXIT

same_report() {
  python3 - "$1" "$2" <<'EOF'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for report in (a, b):
    report.pop("timing", None)
print("equal" if a == b else "DIFFERENT")
EOF
}

printf '%-7s %-5s %9s %9s %9s  %s\n' heap exit wall_s cpu_s rss_mb report
for heap in "${heaps[@]}"; do
  rc=0
  # shellcheck disable=SC2086
  SSOT_JAVA_OPTS="-Xmx$heap" /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
    "$repo/ssot" check "$tree" --no-cache --fail-on never -f json -o "$work/report.json" ${SSOT_ARGS:-} \
    >"$work/out" 2>"$work/err" || rc=$?
  # a run that fails leaves a "Command exited with non-zero status" line first
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  verdict="-"
  if [[ $rc -le 1 && -n "${REFERENCE:-}" ]]; then
    verdict="$(same_report "$REFERENCE" "$work/report.json")"
  fi
  printf '%-7s %-5s %9.1f %9.1f %9d  %s\n' "$heap" "$rc" "$wall" "$(awk "BEGIN {print $user + $sys}")" \
    $((rss / 1024)) "$verdict"
  if [[ $rc -gt 1 ]]; then
    grep -m1 -i 'memory' "$work/err" >&2 || tail -n 3 "$work/err" >&2
    break
  fi
  rm -f "$work/report.json"
done
