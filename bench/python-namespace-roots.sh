#!/usr/bin/env bash
# Module names from evidence, measured on a real package turned into namespace packages.
#
#   usage: bench/python-namespace-roots.sh PACKAGE_DIR [WORK_DIR]
#
# Copies PACKAGE_DIR (a regular package, e.g. django/) twice under WORK_DIR (default: a temporary
# directory): as WORK_DIR/ref/backend/app/<name> unchanged, and as WORK_DIR/ns/backend/app/<name>
# with every __init__.py deleted, so that no __init__.py and no src/ settles a root. Runs
# `ssot check -f json` on both (through ./ssot, no cache) and prints, for the namespace copy, how
# many files have the module name the code imports (their root is backend/app, read from the
# report's moduleRoots), and the findings per rule of both copies.
set -euo pipefail

package="${1:?usage: bench/python-namespace-roots.sh PACKAGE_DIR [WORK_DIR]}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${2:-$(mktemp -d)}"
name="$(basename "$package")"
rm -rf "$work/ns" "$work/ref"
mkdir -p "$work/ns/backend/app" "$work/ref/backend/app"
cp -r "$package" "$work/ns/backend/app/$name"
cp -r "$package" "$work/ref/backend/app/$name"
find "$work/ns" -name __init__.py -delete
for tree in ns ref; do
  "$repo/ssot" check "$work/$tree" --no-cache -f json -o "$work/$tree.json" >/dev/null 2>&1 || true
done
python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
ns = json.load(open(os.path.join(work, "ns.json")))
ref = json.load(open(os.path.join(work, "ref.json")))
rooted = {m["directory"]: m["root"] for m in ns.get("moduleRoots", [])}
files = []
for directory, _, names in os.walk(os.path.join(work, "ns")):
    files += [os.path.relpath(os.path.join(directory, n), os.path.join(work, "ns")).replace(os.sep, "/")
              for n in names if n.endswith(".py")]
named = [f for f in files if rooted.get(os.path.dirname(f)) == "backend/app"]
print(f"namespace copy: {len(files)} files, {len(named)} named as the code imports them (root backend/app)")
for f in sorted(set(files) - set(named))[:20]:
    print(f"  not: {f}")
print("findings, namespace copy:", ns["summary"]["findings"]["byRule"])
print("findings, with __init__.py:", ref["summary"]["findings"]["byRule"])
PY
