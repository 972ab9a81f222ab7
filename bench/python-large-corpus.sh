#!/usr/bin/env bash
# Assemble a Python tree of at least 5 M lines from real code, for bench/python.sh and
# bench/python-vs-cpython.sh: the full corpus of ../shared/bench/fetch-python-corpus.sh (django, sympy,
# sqlalchemy, twisted, botocore) plus more of Debian's Python packages, of which only the .py files are
# kept, each package in a directory of its own (as the fetch script does).
#
#   usage: bench/python-large-corpus.sh [DIR]    (default: ${TMPDIR:-/tmp}/ssot-bench/python-large)
#
# Needs apt-get (after an `apt-get update`) and dpkg-deb. Idempotent: a package already unpacked is kept.
# Never commit the result. Prints the files and lines per package and in all.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fetch="$script_dir/../../shared/bench/fetch-python-corpus.sh"
out="${1:-${TMPDIR:-/tmp}/ssot-bench/python-large}"
# More of Debian 12's Python: ansible (its collections: 6.07 M lines in 11,602 files) takes the full corpus
# (1.47 M) to 7.5 M lines. EXTRA (space-separated package names) replaces the list, e.g.
# EXTRA='python3-scipy python3-pandas python3-numpy python3-matplotlib python3-sklearn' (1.70 M lines more);
# python3-azure alone has 11.9 M lines.
read -r -a extra <<<"${EXTRA:-ansible}"

[[ -x "$fetch" ]] || { echo "bench: $fetch is missing" >&2; exit 2; }
mkdir -p "$out/.debs"
"$fetch" "$out" full >/dev/null

for p in "${extra[@]}"; do
  [[ -f "$out/$p/.done" ]] && continue
  (cd "$out/.debs" && { ls "${p}"_*.deb >/dev/null 2>&1 || apt-get download -qq "$p" >/dev/null 2>&1; }) ||
    { echo "bench: apt-get download $p failed (run apt-get update first)" >&2; exit 2; }
  deb=$(ls "$out/.debs/${p}"_*.deb | head -1)
  tmp=$(mktemp -d)
  dpkg-deb -x "$deb" "$tmp"
  rm -rf "${out:?}/$p"
  mkdir -p "$out/$p"
  # the importable tree: .../dist-packages/<top-level packages> (every one the package has)
  while IFS= read -r -d '' src; do
    (cd "$src" && find . -name '*.py' -print0 | tar --null -T - -cf -) | tar -xf - -C "$out/$p"
  done < <(find "$tmp" -type d -name dist-packages -print0)
  rm -rf "$tmp"
  touch "$out/$p/.done"
done

total_files=0
total_lines=0
for p in python3-django python3-sympy python3-sqlalchemy python3-twisted python3-botocore "${extra[@]}"; do
  dir="$out/$p"
  files=$(find "$dir" -name '*.py' | wc -l)
  lines=$(find "$dir" -name '*.py' -print0 | xargs -0 cat | wc -l)
  total_files=$((total_files + files))
  total_lines=$((total_lines + lines))
  printf '%-22s %7d files %10d lines\n' "$p" "$files" "$lines"
done
printf '%-22s %7d files %10d lines\n' "in all" "$total_files" "$total_lines"
if ((total_lines < 5000000)); then
  echo "bench: only $total_lines lines; add packages to the list in ${BASH_SOURCE[0]}" >&2
  exit 1
fi
