"""CPython's own parse of a Python tree, the yardstick for bench/python-vs-cpython.sh.

    python3 bench/src/cpython_parse.py DIR [PROCESSES]

Parses every .py file under DIR (hidden directories left out, as ssot does) with ast.parse in
PROCESSES worker processes (default 2) and prints one JSON line: files, lines, bytes, the files
CPython rejects (syntax errors, bad encodings, null bytes) and the parse time. The caller times the
whole process, interpreter start included, as it times ssot's whole run.
"""
import ast
import json
import multiprocessing
import os
import sys
import time
import warnings


def files_under(root):
    found = []
    for directory, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(directory, n) for n in sorted(names) if n.endswith(".py"))
    return found


def parse(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escape sequences and the like
            ast.parse(source, filename=path)
        ok = True
    except (SyntaxError, ValueError, UnicodeDecodeError):
        ok = False
    return source.count(b"\n"), len(source), ok


def main():
    root = sys.argv[1]
    processes = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    files = files_under(root)
    start = time.perf_counter()
    with multiprocessing.Pool(processes) as pool:
        results = pool.map(parse, files, chunksize=8)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "files": len(files),
        "lines": sum(r[0] for r in results),
        "bytes": sum(r[1] for r in results),
        "rejected": sum(1 for r in results if not r[2]),
        "processes": processes,
        "parseSeconds": round(seconds, 3),
        "python": sys.version.split()[0],
    }))


if __name__ == "__main__":
    main()
