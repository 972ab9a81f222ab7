#!/usr/bin/env python3
"""Parse parity: the Python files CPython compiles against those ssot reports as unparseable.

usage: bench/python-parse-parity.py CORPUS_DIR REPORT_JSON

CORPUS_DIR is any Python tree; REPORT_JSON is `ssot check CORPUS_DIR -f json` of it (run with
`--no-cache`). Every `.py` file under CORPUS_DIR is compiled as `python3 -m py_compile` does
(`py_compile.compile(..., doraise=True)`, the byte code written to a temporary directory), with the
python3 that runs this script: its version is printed, because newer grammar features need a newer
CPython. Prints the counts and every file that CPython accepts but ssot reports as a parse problem.
Exit code 0 when there is none, 1 otherwise.
"""

import json
import os
import py_compile
import sys
import tempfile


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    corpus, report_path = argv[1], argv[2]
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    problems = {p["path"]: p for p in report.get("parseProblems", [])}
    accepted, rejected = [], []
    with tempfile.TemporaryDirectory() as tmp:
        cfile = os.path.join(tmp, "out.pyc")
        for directory, dirs, files in os.walk(corpus):
            dirs.sort()
            for name in sorted(files):
                if not name.endswith(".py"):
                    continue
                path = os.path.join(directory, name)
                relative = os.path.relpath(path, corpus).replace(os.sep, "/")
                try:
                    py_compile.compile(path, cfile=cfile, doraise=True)
                    accepted.append(relative)
                except (py_compile.PyCompileError, ValueError, OSError):
                    rejected.append(relative)
    false_problems = [p for p in accepted if p in problems]
    print(f"python: {sys.version.split()[0]}")
    print(f"files: {len(accepted) + len(rejected)}")
    print(f"py_compile rejects: {len(rejected)}")
    print(f"ssot parse problems: {len(problems)}")
    print(f"accepted by py_compile but reported by ssot: {len(false_problems)}")
    for path in false_problems:
        p = problems[path]
        print(f"  {path}:{p.get('line')}: {p.get('message')}")
    return 1 if false_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
