#!/usr/bin/env bash
# Both examples fixed on a copy of the repository (so the Java example still inherits its parent
# poms): the fixed Java example must compile and pass its tests with Maven, every file of the fixed
# Python example must py_compile, and every rewritten Python import must give the very same object
# as the import it replaced when Python itself imports both.
#
#   bench/fix-examples.sh [JAR]      (default: ssot-cli/target/ssot.jar; Maven runs offline)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar=$(cd "$(dirname "${1:-$here/ssot-cli/target/ssot.jar}")" && pwd)/$(basename "${1:-ssot.jar}")
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
(cd "$here" && tar --exclude=./.git --exclude='*/target' --exclude='*/.ssot-cache' -cf - .) \
  | tar -xf - -C "$copy"
java_example=$copy/examples/websocket-fragmented
python_example=$copy/examples/python-websocket-fragmented

echo "== Java example: ssot fix, then with --unsafe-fixes"
java -jar "$jar" fix "$java_example" --no-cache | grep '^ssot fix:' || true
java -jar "$jar" fix "$java_example" --no-cache --unsafe-fixes | grep -E '^(fixed|  [0-9]|ssot fix:)' || true
(cd "$copy" && diff -ru "$here/examples/websocket-fragmented/src" "$java_example/src" || true)
echo "== mvn -o compile, mvn -o test on the fixed copy"
mvn -q -o -B -f "$java_example/pom.xml" compile
mvn -o -B -f "$java_example/pom.xml" test | grep -E 'Tests run|No tests|BUILD|Compiling' || true

echo "== Python example: report before, ssot fix"
java -jar "$jar" check "$python_example" --no-cache -f json >"$copy/python-before.json" || true
java -jar "$jar" fix "$python_example" --no-cache | grep -E '^(fixed|  [0-9]|ssot fix:)' || true
echo "== py_compile every file"
find "$python_example" -name '*.py' -print0 | xargs -0 python3 -m py_compile && echo "py_compile: ok"
echo "== what is left to fix"
java -jar "$jar" fix "$python_example" --no-cache --diff --unsafe-fixes 2>&1 | grep '^ssot fix:' || true
echo "== the same object through both paths, imported by Python"
python3 - "$copy/python-before.json" "$python_example" <<'PY'
import importlib, json, sys
report = json.load(open(sys.argv[1]))
sys.path.insert(0, sys.argv[2])


def bound(module, name):
    return getattr(importlib.import_module(module), name)


checked = failed = unimportable = 0
for finding in report["findings"]:
    fix = finding.get("fix")
    if not fix or not fix["available"] or not fix["safe"]:
        continue
    written, replacement = fix["written"], fix["replacement"]
    checked += 1
    if fix["bindsBefore"] != fix["bindsAfter"]:
        failed += 1
        print(f"DIFFERENT per ssot: {written} -> {replacement}: {fix['bindsBefore']} / {fix['bindsAfter']}")
        continue
    names = [b.rsplit(".", 1)[1] for b in fix["bindsBefore"].split(", ")]
    try:
        if "," in fix["bindsBefore"] or not written.endswith("." + names[0]):
            pairs = [((written, n), (replacement, n)) for n in names]  # a module import
        else:
            pairs = [(tuple(written.rsplit(".", 1)), tuple(replacement.rsplit(".", 1)))]
        same = all(bound(*old) is bound(*new) for old, new in pairs)
    except Exception as e:  # the example may not import at all (a cycle that breaks on purpose)
        unimportable += 1
        print(f"not importable by Python ({type(e).__name__}: {str(e)[:90]}); "
              f"ssot: both bind {fix['bindsBefore']}: {written} -> {replacement}")
        continue
    failed += not same
    print(f"{'same object' if same else 'DIFFERENT object'}: {written} -> {replacement}")
print(f"{checked} rewritten imports: {checked - failed - unimportable} the same object in Python, "
      f"{unimportable} not importable (ssot's bindings agree), {failed} different")
sys.exit(1 if failed or not checked else 0)
PY
