#!/usr/bin/env bash
# Run duplicate-type on every library of the labelled set and write one JSON report per
# library, REPORTDIR/<library>.json, for score.py.
#
#   usage: bench/duplicates/run.sh OUTDIR REPORTDIR [LIBRARY...]
#
# OUTDIR is the directory filled by fetch.sh. The launcher at the repository root builds
# the tool on first use; SSOT=/path/to/launcher-or-script runs another build instead (to
# compare two builds, or to keep measuring one while the sources change).
set -euo pipefail
OUT=${1:?usage: $0 OUTDIR REPORTDIR [LIBRARY...]}
REP=${2:?usage: $0 OUTDIR REPORTDIR [LIBRARY...]}
shift 2
TOP=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
mkdir -p "$REP"
if [[ $# -gt 0 ]]; then LIBS=("$@"); else
  LIBS=(); for d in "$OUT"/*/; do [[ -f "$d/.done" ]] && LIBS+=("$(basename "$d")"); done
fi
for lib in "${LIBS[@]}"; do
  start=$(date +%s)
  rc=0
  "${SSOT:-$TOP/ssot}" check "$OUT/$lib" --no-cache --select duplicate-type --fail-on never \
      -f json -o "$REP/$lib.json" || rc=$?
  echo "$lib: exit $rc, $(( $(date +%s) - start )) s" >&2
  [[ $rc -le 1 ]] || exit $rc
done
