#!/usr/bin/env bash
# ssot fix on real code, never in place: counts what `fix --diff` offers (safe, then with unsafe
# fixes), applies both on a copy, checks the changed files (Python: py_compile; Java: the copy's
# check reports no parse problem for them) and that a second fix is a no-op.
#
#   bench/fix-corpus.sh JAR CORPUS WORKDIR
#
# The copy goes to WORKDIR/<corpus name>; diffs, outputs and a summary line to WORKDIR/<name>.*.
set -u
jar=$1
corpus=$(cd "$2" && pwd)
work=$3
name=$(basename "$corpus")
out=$work/$name
mkdir -p "$work"
run() { java ${SSOT_JAVA_OPTS:--Xmx6g} -jar "$jar" "$@"; }
summary() { grep -o 'ssot fix: .*' "$1" | tail -1; }

run fix "$corpus" --no-cache --diff >"$out.safe.diff" 2>"$out.safe.err"
run fix "$corpus" --no-cache --diff --unsafe-fixes >"$out.unsafe.diff" 2>"$out.unsafe.err"
safe=$(summary "$out.safe.err")
unsafe=$(summary "$out.unsafe.err")
echo "$name | diff safe: $safe | diff unsafe: $unsafe"
if [ ! -s "$out.unsafe.diff" ]; then
  echo "$name | nothing to apply"
  exit 0
fi
rm -rf "$out"
cp -r "$corpus" "$out"
chmod -R u+w "$out"
run fix "$out" --no-cache >"$out.apply-safe.out" 2>"$out.apply-safe.err"
run fix "$out" --no-cache --unsafe-fixes >"$out.apply-unsafe.out" 2>"$out.apply-unsafe.err"
echo "$name | applied safe: $(grep -o 'ssot fix: .*' "$out.apply-safe.out" | tail -1) | then unsafe: $(grep -o 'ssot fix: .*' "$out.apply-unsafe.out" | tail -1)"
changed=$(cd "$out" && diff -rq "$corpus" . 2>/dev/null | sed -n 's/^Files .* and \.\/\(.*\) differ$/\1/p')
echo "$changed" >"$out.changed"
py=$(echo "$changed" | grep '\.py$' || true)
java=$(echo "$changed" | grep '\.java$' || true)
if [ -n "$py" ]; then
  if (cd "$out" && echo "$py" | xargs python3 -m py_compile) >"$out.pycompile" 2>&1; then
    echo "$name | py_compile: $(echo "$py" | wc -l) changed files ok"
  else
    echo "$name | py_compile FAILED: $(head -5 "$out.pycompile")"
  fi
fi
run check "$out" --no-cache -f json >"$out.check.json" 2>/dev/null
if [ -n "$java" ]; then
  bad=$(python3 - "$out.check.json" $java <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
changed = set(sys.argv[2:])
problems = [p for p in report.get("parseProblems", report.get("problems", [])) if p.get("path", p.get("file")) in changed]
print(len(problems))
PY
)
  echo "$name | java: $(echo "$java" | wc -l) changed files, parse problems among them: $bad"
fi
run fix "$out" --no-cache --diff --unsafe-fixes >"$out.second.diff" 2>"$out.second.err"
echo "$name | second fix: $(summary "$out.second.err"), diff bytes: $(wc -c <"$out.second.diff")"
