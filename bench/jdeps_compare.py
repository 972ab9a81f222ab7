#!/usr/bin/env python3
"""Compares ssot's source-level dependency graphs with jdeps' bytecode-level ones.

Inputs (all produced by bench/jdeps-compare.sh):
  --src DIR          the unpacked -sources.jar
  --ssot-package F   `ssot graph DIR --level package -f json`
  --ssot-type F      `ssot graph DIR --level type -f json`
  --ssot-check F     `ssot check DIR -f json` (the import-cycle findings)
  --jdeps F          `jdeps -verbose:class -filter:none` on the binary jar

What it prints, for one library:
  1. the package strongly connected components (SCCs) of both graphs, side by side, and whether
     ssot's import-cycle findings name exactly the SCCs of ssot's own package graph;
  2. every package edge present in one graph only, with the evidence behind it and a reason
     category, and whether the edge decides SCC membership;
  3. the same edge comparison at the level of top-level types (a finer check of ssot's name
     resolution), as counts per reason category with a few samples each.

Reason categories. For an edge only ssot has (the source names the type, the bytecode does not):
  JAVADOC_IMPORT       import used only in comments ({@link}); javac drops unused imports
  UNUSED_IMPORT        import used nowhere
  ANNOTATION_INVISIBLE used only as an annotation whose retention is SOURCE or CLASS
                       (jdeps reads only RuntimeVisible annotations)
  INLINED_CONSTANT     used only for compile-time constants (javac inlines them; javac >= 9
                       still leaves a class entry in the constant pool, javac 8 does not)
  ERASED_GENERIC       used only as a type argument inside code (locals, casts): erased
  CLASS_TYPE_PARAM_BOUND  used only in the bound of a class's own type parameter
                       (class C<T extends X>): kept in the class Signature attribute, which
                       jdeps does not read for bounds (method-level bounds it does read)
  OTHER                none of the above: look at it (a wrong resolution would land here)
For an edge only jdeps has (the bytecode refers to the type, the source never resolves to it):
  IMPLICIT             the type is never named in the file: member descriptors of called methods
                       or fields, inherited members, inferred types, compiler-generated code
                       (names the file binds to another type, by an import or its own
                       declaration, do not count)
  INHERITED_MEMBER_TYPE  the file names a member type of a supertype by its simple name
                       (Entry for Multiset.Entry): ssot does not put inherited member types in
                       scope (a documented approximation)
  NAMED_NOT_LINKED     the name does occur in the file's code, yet ssot linked no edge: look at it
Type-level only:
  FILE_ATTRIBUTION     a file with several top-level types: ssot counts imports for the primary
                       type, bytecode shows them on the secondary one (or vice versa)

Only the Python standard library is used.
"""

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict

CONSTANT_TYPES = r"(?:byte|short|int|long|float|double|char|boolean|String|java\.lang\.String)"
SSOT_ONLY_ORDER = ["JAVADOC_IMPORT", "UNUSED_IMPORT", "ANNOTATION_INVISIBLE", "INLINED_CONSTANT",
                   "ERASED_GENERIC", "CLASS_TYPE_PARAM_BOUND", "FILE_ATTRIBUTION", "OTHER"]
JDEPS_ONLY_ORDER = ["IMPLICIT", "FILE_ATTRIBUTION", "INHERITED_MEMBER_TYPE", "NAMED_NOT_LINKED"]


# ---------------------------------------------------------------------------------------------
# Graph algorithms


def tarjan(nodes, adj):
    """Strongly connected components (iterative Tarjan), each sorted; singletons included."""
    index, low, on_stack, stack, result = {}, {}, set(), [], []
    counter = 0
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, iter(sorted(adj.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(adj.get(w, ())))))
                    advanced = True
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                result.append(sorted(comp))
    return result


def cyclic_components(nodes, edges):
    adj = defaultdict(set)
    for a, b in edges:
        adj[a].add(b)
    return sorted((c for c in tarjan(nodes, adj) if len(c) > 1), key=lambda c: (-len(c), c))


def partition(nodes, edges):
    comp_of = {}
    for i, comp in enumerate(cyclic_components(nodes, edges)):
        for n in comp:
            comp_of[n] = i
    return comp_of


def same_partition(nodes, edges_a, edges_b):
    return ({frozenset(c) for c in cyclic_components(nodes, edges_a)}
            == {frozenset(c) for c in cyclic_components(nodes, edges_b)})


# ---------------------------------------------------------------------------------------------
# Java source text


def split_code_comments(text):
    """Returns (code, comments): same length as text, newlines kept. In `code`, comments and the
    contents of string/char literals are blanked; `comments` keeps only comment text."""
    code = list(text)
    comments = [c if c == "\n" else " " for c in text]
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "/" and i + 1 < n and text[i + 1] == "/":
            j = text.find("\n", i)
            j = n if j < 0 else j
            for k in range(i, j):
                comments[k] = text[k]
                code[k] = " "
            i = j
        elif c == "/" and i + 1 < n and text[i + 1] == "*":
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            for k in range(i, j):
                if text[k] != "\n":
                    comments[k] = text[k]
                    code[k] = " "
            i = j
        elif text.startswith('"""', i):
            j = text.find('"""', i + 3)
            j = n if j < 0 else j + 3
            for k in range(i + 3, max(i + 3, j - 3)):
                if text[k] != "\n":
                    code[k] = " "
            i = j
        elif c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            for k in range(i + 1, min(j, n)):
                code[k] = " "
            i = j + 1
        else:
            i += 1
    return "".join(code), "".join(comments)


IMPORT_RE = re.compile(r"^\s*import\s+(static\s+)?([\w.\s]+?)(\s*\.\s*\*)?\s*;", re.M)
ANNOTATION_DECL_RE = r"@\s*interface\s+{name}\b"
TYPE_DECL_RE = r"\b(?:class|interface|enum|record)\s+{name}\b|@\s*interface\s+{name}\b"


class JavaFile:
    def __init__(self, root, path):
        self.path = path
        with open(os.path.join(root, path), encoding="utf-8", errors="replace") as fh:
            self.text = fh.read()
        self.code, self.comments = split_code_comments(self.text)
        self.lines = self.text.split("\n")
        self.code_lines = self.code.split("\n")
        self.line_starts = [0]
        for line in self.lines:
            self.line_starts.append(self.line_starts[-1] + len(line) + 1)
        self.import_lines = set()
        self.imports = []  # (line, static, name, on_demand)
        for m in IMPORT_RE.finditer(self.code):
            line = self.code.count("\n", 0, m.start(2)) + 1
            self.import_lines.add(line)
            self.imports.append((line, bool(m.group(1)), re.sub(r"\s+", "", m.group(2)),
                                 bool(m.group(3))))
        m = re.search(r"^\s*package\s+([\w.\s]+?)\s*;", self.code, re.M)
        self.package = re.sub(r"\s+", "", m.group(1)) if m else ""

    def line_of(self, offset):
        lo, hi = 0, len(self.line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    def code_occurrences(self, name, skip_imports=True):
        """Offsets of `name` as a whole identifier in code, outside import lines."""
        out = []
        for m in re.finditer(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])", self.code):
            if skip_imports and self.line_of(m.start()) in self.import_lines:
                continue
            out.append(m.start())
        return out

    def in_comments(self, name):
        return re.search(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])", self.comments) is not None


class SourceIndex:
    """The unpacked sources: files by path, top-level types to files, facts about types."""

    def __init__(self, root):
        self.root = root
        self.files = {}
        self.by_package = defaultdict(list)
        for dirpath, _, names in os.walk(root):
            for name in names:
                if name.endswith(".java"):
                    rel = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")
                    self.by_package[os.path.dirname(rel).replace("/", ".")].append(rel)
        self._type_file = {}

    def file(self, path):
        if path not in self.files:
            self.files[path] = JavaFile(self.root, path)
        return self.files[path]

    def file_of_type(self, top_level):
        """The source file declaring a top-level type (by binary or source name), or None."""
        if top_level in self._type_file:
            return self._type_file[top_level]
        pkg, _, simple = top_level.rpartition(".")
        guess = pkg.replace(".", "/") + "/" + simple + ".java" if pkg else simple + ".java"
        found = None
        if os.path.exists(os.path.join(self.root, guess)):
            found = guess
        else:
            pattern = re.compile(TYPE_DECL_RE.format(name=re.escape(simple)))
            for candidate in sorted(self.by_package.get(pkg, ())):
                if pattern.search(self.file(candidate).code):
                    found = candidate
                    break
        self._type_file[top_level] = found
        return found

    def primary_type(self, path):
        f = self.file(path)
        stem = os.path.basename(path)[:-5]
        return (f.package + "." + stem) if f.package else stem

    def annotation_retention(self, top_level):
        """'RUNTIME', 'CLASS', 'SOURCE' for an annotation type declared in the sources, else None."""
        path = self.file_of_type(top_level)
        if path is None:
            return None
        simple = top_level.rpartition(".")[2]
        code = self.file(path).code
        m = re.search(ANNOTATION_DECL_RE.format(name=re.escape(simple)), code)
        if not m:
            return None
        head = code[max(0, m.start() - 2000):m.start()]
        r = re.findall(r"@\s*(?:java\.lang\.annotation\.)?Retention\s*\(\s*(?:value\s*=\s*)?"
                       r"(?:[\w.]*\.)?(RUNTIME|CLASS|SOURCE)\s*\)", head)
        return r[-1] if r else "CLASS"

    def constants(self, top_level):
        """Names of the compile-time constant fields declared in a type's file (a heuristic:
        static final primitives and Strings with an initializer, interface fields too)."""
        path = self.file_of_type(top_level)
        if path is None:
            return set()
        code = self.file(path).code
        names = set()
        mods = r"(?:(?:public|protected|private|static|final|transient|volatile)\s+)*"
        for m in re.finditer(r"\b(?:static\s+" + mods + r"final|final\s+" + mods + r"static)\s+"
                             + CONSTANT_TYPES + r"\s+(\w+)\s*=", code):
            names.add(m.group(1))
        simple = top_level.rpartition(".")[2]
        if re.search(r"\binterface\s+" + re.escape(simple) + r"\b", code):
            for m in re.finditer(r"^\s*" + mods + CONSTANT_TYPES + r"\s+(\w+)\s*=", code, re.M):
                names.add(m.group(1))
        return names


# ---------------------------------------------------------------------------------------------
# Classifying differences


def usage_kind(f, offset, name, target, src):
    """What one code occurrence of `name` (denoting `target`) is used for."""
    code = f.code
    before = code[:offset].rstrip()
    # annotation: @Name or @pkg.Name
    k = len(before)
    while k > 0 and (before[k - 1].isalnum() or before[k - 1] in "._$"):
        k -= 1
    if before.endswith("@") or (k > 0 and code[k - 1] == "@" and before[k:].endswith(".")):
        retention = src.annotation_retention(target)
        return "ANNOTATION_INVISIBLE" if retention in ("CLASS", "SOURCE") else "OTHER"
    after = code[offset + len(name):]
    m = re.match(r"\s*\.\s*(\w+)\s*(\(?)", after)
    if m and not m.group(2) and m.group(1) in src.constants(target):
        return "INLINED_CONSTANT"
    # inside type arguments: an unmatched '<' before it in the same statement
    window_start = max(0, offset - 300)
    depth = 0
    pos = offset - 1
    while pos >= window_start:
        ch = code[pos]
        if ch == ">":
            depth += 1
        elif ch == "<":
            if depth == 0:
                # what precedes that '<' names the generic declaration or type
                if re.search(r"\b(?:class|interface|record)\s+[\w$]+\s*$", code[window_start:pos]):
                    return "CLASS_TYPE_PARAM_BOUND"
                return "ERASED_GENERIC"
            depth -= 1
        elif ch in ";{}()=":
            break
        pos -= 1
    return "OTHER"


def classify_ssot_evidence(src, path, line, target):
    """Why the bytecode has no dependency behind one ssot evidence place (file:line -> target).
    Returns (category, detail)."""
    f = src.file(path)
    raw = f.lines[line - 1].strip() if 0 < line <= len(f.lines) else ""
    imp = next((i for i in f.imports if i[0] == line), None)
    if imp is not None:
        _, static, name, on_demand = imp
        if on_demand:
            used = None  # static on-demand import: the members used are unknown
        else:
            used = name.rpartition(".")[2]
        if used is None:
            return "OTHER", raw
        occ = f.code_occurrences(used)
        if not occ:
            return ("JAVADOC_IMPORT" if f.in_comments(used) else "UNUSED_IMPORT"), raw
        if static:
            kinds = {"INLINED_CONSTANT" if used in src.constants(target) else "OTHER"}
        else:
            kinds = {usage_kind(f, o, used, target, src) for o in occ}
        return ("+".join(sorted(kinds)) if "OTHER" not in kinds else "OTHER"), raw
    # a reference at that line: look at the names on it that could denote the target
    simple = target.rpartition(".")[2]
    start = f.line_starts[line - 1]
    end = f.line_starts[line] if line < len(f.line_starts) else len(f.code)
    kinds = set()
    for m in re.finditer(r"(?<![\w$])" + re.escape(simple) + r"(?![\w$])", f.code[start:end]):
        kinds.add(usage_kind(f, start + m.start(), simple, target, src))
    if not kinds:
        # a nested type written by its own name (Outer.Inner imported as Inner, or a member type)
        return "OTHER", raw
    return ("+".join(sorted(kinds)) if "OTHER" not in kinds else "OTHER"), raw


def binary_top_level(cls):
    return cls.split("$", 1)[0]


def classify_jdeps_evidence(src, from_cls, to_cls):
    """Why ssot has no edge behind one jdeps class dependency. Returns (category, detail).

    Looks for code occurrences (imports excluded) of the names that could denote `to_cls` in the
    file of `from_cls`, dropping those that denote something else by the file's own text: a name
    bound by a single-type import to another type, a name the file declares as a type itself, a
    member name qualified by another type (ImmutableList.Builder for ImmutableMultimap$Builder)."""
    path = src.file_of_type(binary_top_level(from_cls))
    if path is None:
        return "IMPLICIT", "no source file for " + from_cls
    f = src.file(path)
    pkg, _, binary_simple = to_cls.rpartition(".")
    parts = binary_simple.split("$")
    if any(not p or p[0].isdigit() for p in parts):
        return "IMPLICIT", "%s is compiler-generated" % to_cls
    imported = {}
    for _, static, name, on_demand in f.imports:
        if not static and not on_demand:
            imported.setdefault(name.rpartition(".")[2], name)
    declared = set(re.findall(r"\b(?:class|interface|enum|record)\s+([\w$]+)", f.code))
    declared |= set(re.findall(r"@\s*interface\s+([\w$]+)", f.code))
    target_top = binary_top_level(to_cls)
    own_file = src.file_of_type(target_top) == path
    shadowed = []
    found = {}  # kind -> [line]
    for depth, name in enumerate(parts):
        expected = ".".join([pkg] + parts[:depth + 1]) if pkg else ".".join(parts[:depth + 1])
        if name in imported and imported[name] != expected:
            shadowed.append("%s imported as %s" % (name, imported[name]))
            continue
        if name in declared and not own_file:
            shadowed.append("%s declared in the file" % name)
            continue
        outer = parts[depth - 1] if depth > 0 else None
        for o in f.code_occurrences(name):
            m = re.search(r"((?:[\w$]+\s*\.\s*)+)$", f.code[max(0, o - 300):o])
            chain = re.sub(r"\s", "", m.group(1)).rstrip(".") if m else ""
            q = chain.rpartition(".")[2] if chain else None
            if depth == 0 and chain and chain != pkg:
                continue  # Other.Name or variable.Name: not the target
            if depth > 0 and chain and q != outer:
                continue  # Other.Inner: a member type of another type
            kind = "qualified" if q else "simple"
            found.setdefault((depth, kind), []).append(f.line_of(o))
    if any(d == 0 for d, _ in found) or any(k == "qualified" for _, k in found):
        places = sorted({ln for lines in found.values() for ln in lines})
        return "NAMED_NOT_LINKED", "%s names %s at lines %s" % (
            path, to_cls, ", ".join(map(str, places[:5])))
    if found:
        places = sorted({ln for lines in found.values() for ln in lines})
        return "INHERITED_MEMBER_TYPE", "%s uses %s unqualified (a member type inherited from a " \
            "supertype) at lines %s" % (path, parts[-1], ", ".join(map(str, places[:5])))
    return "IMPLICIT", "%s never names %s%s" % (
        path, to_cls, (" (" + "; ".join(shadowed) + ")") if shadowed else "")


# ---------------------------------------------------------------------------------------------
# Loading


def load_ssot_graph(path):
    with open(path, encoding="utf-8") as fh:
        g = json.load(fh)
    edges = {}
    for e in g["edges"]:
        places = []
        for ev in e.get("evidence", []):
            file, _, line = ev.rpartition(":")
            places.append((file, int(line)))
        edges[(e["from"], e["to"])] = places
    return set(g["nodes"]), edges


def load_jdeps(path):
    """Class-level dependencies: list of (from_class, to_class)."""
    deps = []
    line_re = re.compile(r"^\s+(\S+)\s+->\s+(\S+)\s+(\S.*)?$")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = line_re.match(line)
            if m and not m.group(1).endswith(".jar"):
                deps.append((m.group(1), m.group(2)))
    return deps


def package_of(cls):
    return cls.rpartition(".")[0]


def load_findings(path):
    with open(path, encoding="utf-8") as fh:
        report = json.load(fh)
    return [f for f in report.get("findings", []) if f.get("ruleId") == "import-cycle"]


# ---------------------------------------------------------------------------------------------
# Report


def short(name, prefix):
    return name[len(prefix):] if prefix and name.startswith(prefix) else name


def common_prefix(names):
    names = sorted(names)
    if not names:
        return ""
    a, b = names[0].split("."), names[-1].split(".")
    out = []
    for x, y in zip(a, b):
        if x != y:
            break
        out.append(x)
    prefix = ".".join(out[:-1]) if len(out) == len(a) else ".".join(out)
    return prefix + "." if prefix else ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--name", required=True)
    ap.add_argument("--src", required=True)
    ap.add_argument("--ssot-package", required=True)
    ap.add_argument("--ssot-type", required=True)
    ap.add_argument("--ssot-check", required=True)
    ap.add_argument("--jdeps", required=True)
    ap.add_argument("--samples", type=int, default=3, help="samples per category (type level)")
    ap.add_argument("--evidence", type=int, default=4, help="evidence places shown per edge")
    args = ap.parse_args()

    src = SourceIndex(args.src)
    s_nodes, s_pkg = load_ssot_graph(args.ssot_package)
    _, s_type = load_ssot_graph(args.ssot_type)
    class_deps = load_jdeps(args.jdeps)
    jar_classes = {a for a, _ in class_deps}
    jar_packages = {package_of(c) for c in jar_classes}
    packages = s_nodes & jar_packages
    prefix = common_prefix(packages)
    P = lambda n: short(n, prefix) or n  # noqa: E731

    print("=" * 100)
    print("%s   (package names below are shown without the prefix '%s')" % (args.name, prefix))
    print("=" * 100)
    only_src, only_jar = sorted(s_nodes - jar_packages), sorted(jar_packages - s_nodes)
    print("packages: %d in sources, %d in jar, %d compared%s%s" % (
        len(s_nodes), len(jar_packages), len(packages),
        ("; sources only: " + ", ".join(only_src)) if only_src else "",
        ("; jar only: " + ", ".join(only_jar)) if only_jar else ""))

    # --- package graphs
    j_pkg = defaultdict(list)
    for a, b in class_deps:
        pa, pb = package_of(a), package_of(b)
        if pa != pb and pa in packages and pb in packages:
            j_pkg[(pa, pb)].append((a, b))
    s_edges = {e for e in s_pkg if e[0] in packages and e[1] in packages}
    j_edges = set(j_pkg)
    common = s_edges & j_edges
    print("package edges: ssot %d, jdeps %d, both %d, ssot only %d, jdeps only %d" % (
        len(s_edges), len(j_edges), len(common), len(s_edges - j_edges), len(j_edges - s_edges)))

    s_sccs = cyclic_components(packages, s_edges)
    j_sccs = cyclic_components(packages, j_edges)
    print()
    print("package SCCs (size > 1):")
    print("  ssot : %s" % ([len(c) for c in s_sccs] or "none"))
    print("  jdeps: %s" % ([len(c) for c in j_sccs] or "none"))
    s_set, j_set = {frozenset(c) for c in s_sccs}, {frozenset(c) for c in j_sccs}
    for c in s_sccs:
        mark = "identical in jdeps" if frozenset(c) in s_set & j_set else "ssot only"
        print("  [%s] %d packages: %s" % (mark, len(c), ", ".join(P(n) for n in c)))
    for c in j_sccs:
        if frozenset(c) not in s_set:
            print("  [jdeps only] %d packages: %s" % (len(c), ", ".join(P(n) for n in c)))
    s_comp, j_comp = partition(packages, s_edges), partition(packages, j_edges)
    for n in sorted(packages):
        in_s = s_sccs[s_comp[n]] if n in s_comp else [n]
        in_j = j_sccs[j_comp[n]] if n in j_comp else [n]
        if set(in_s) != set(in_j):
            print("  membership differs for %s: ssot SCC size %d, jdeps SCC size %d; ssot-only "
                  "co-members: %s; jdeps-only co-members: %s" % (
                      P(n), len(in_s), len(in_j), sorted(P(x) for x in set(in_s) - set(in_j)),
                      sorted(P(x) for x in set(in_j) - set(in_s))))
    print("  verdict: %s" % ("SAME SCCs" if s_set == j_set else "SCCs DIFFER"))

    findings = load_findings(args.ssot_check)
    f_set = {frozenset(f.get("symbols", [])) for f in findings}
    all_s_sccs = {frozenset(c) for c in cyclic_components(s_nodes, set(s_pkg))}
    print("  ssot import-cycle findings: %d; their symbols %s the SCCs of ssot's package graph" % (
        len(findings), "equal" if f_set == all_s_sccs else "DIFFER FROM"))
    if f_set != all_s_sccs:
        for c in f_set - all_s_sccs:
            print("    finding without SCC: %s" % sorted(c))
        for c in all_s_sccs - f_set:
            print("    SCC without finding: %s" % sorted(c))

    # --- package edge differences
    counts = Counter()

    def scc_effect(edge, own_edges, own_comp):
        a, b = edge
        inside = a in own_comp and own_comp.get(a) == own_comp.get(b)
        if not inside:
            return "outside any SCC of its graph: no effect on SCCs"
        critical = not same_partition(packages, own_edges, own_edges - {edge})
        return ("inside an SCC; removing it alone CHANGES the SCCs" if critical
                else "inside an SCC; removing it alone keeps the SCCs (other paths close them)")

    print()
    print("package edges only in ssot (%d):" % len(s_edges - j_edges))
    for edge in sorted(s_edges - j_edges):
        places = s_pkg[edge]
        targets = defaultdict(set)
        for (fa, fb), tplaces in s_type.items():
            if package_of(fb) == edge[1]:
                for p in tplaces:
                    targets[p].add(fb)
        cats = Counter()
        shown = []
        for place in places:
            for target in sorted(targets.get(place, {None})):
                if target is None:
                    cat, detail = "OTHER", "(no type-level evidence)"
                else:
                    cat, detail = classify_ssot_evidence(src, place[0], place[1], target)
                cats[cat] += 1
                if len(shown) < args.evidence:
                    shown.append("      %s:%d [%s] %s" % (place[0], place[1], cat, detail))
        reason = "+".join(sorted(cats))
        counts[("ssot", reason)] += 1
        print("  %s -> %s  (%d places; reason %s; %s)" % (
            P(edge[0]), P(edge[1]), len(places), reason, scc_effect(edge, s_edges, s_comp)))
        print("\n".join(shown))
        if len(places) > len(shown):
            print("      ... %d more" % (len(places) - len(shown)))

    print()
    print("package edges only in jdeps (%d):" % len(j_edges - s_edges))
    for edge in sorted(j_edges - s_edges):
        deps = sorted(set(j_pkg[edge]))
        cats = Counter()
        shown = []
        for a, b in deps:
            cat, detail = classify_jdeps_evidence(src, a, b)
            cats[cat] += 1
            if len(shown) < args.evidence:
                shown.append("      %s -> %s [%s] %s" % (a, b, cat, detail))
        reason = "+".join(sorted(cats))
        counts[("jdeps", reason)] += 1
        print("  %s -> %s  (%d class deps; reason %s; %s)" % (
            P(edge[0]), P(edge[1]), len(deps), reason, scc_effect(edge, j_edges, j_comp)))
        print("\n".join(shown))
        if len(deps) > len(shown):
            print("      ... %d more" % (len(deps) - len(shown)))

    if counts:
        print()
        print("package edge differences per reason:")
        for (side, reason), n in sorted(counts.items()):
            print("  %-6s only  %-40s %d" % (side, reason, n))

    ssot_cats, jdeps_cats = type_level(args, src, s_type, class_deps, packages)
    suspicious = ssot_cats.get("OTHER", 0) + jdeps_cats.get("NAMED_NOT_LINKED", 0)
    print()
    print("SUMMARY %s: package SCC sizes ssot %s, jdeps %s (%s); package edges only in ssot %d, "
          "only in jdeps %d; type edges only in ssot %d, only in jdeps %d; unexplained %d" % (
              args.name, [len(c) for c in s_sccs], [len(c) for c in j_sccs],
              "same" if s_set == j_set else "DIFFERENT", len(s_edges - j_edges),
              len(j_edges - s_edges), sum(ssot_cats.values()), sum(jdeps_cats.values()),
              suspicious))
    return 0


def type_level(args, src, s_type, class_deps, packages):
    """Edge comparison between top-level types (same-package edges included)."""
    s_edges = {e for e in s_type if package_of(e[0]) in packages and package_of(e[1]) in packages}
    j_type = defaultdict(set)
    for a, b in class_deps:
        ta, tb = binary_top_level(a), binary_top_level(b)
        if ta != tb and package_of(ta) in packages and package_of(tb) in packages:
            j_type[(ta, tb)].add((a, b))
    j_edges = set(j_type)
    print()
    print("top-level type edges: ssot %d, jdeps %d, both %d, ssot only %d, jdeps only %d" % (
        len(s_edges), len(j_edges), len(s_edges & j_edges), len(s_edges - j_edges),
        len(j_edges - s_edges)))

    # A file with several top-level types: an edge may move between its types.
    file_mates = src.file_of_type

    j_by_file_target = defaultdict(set)
    for (a, b) in j_edges:
        j_by_file_target[(file_mates(a), b)].add(a)
    s_by_file_target = defaultdict(set)
    for (a, b) in s_edges:
        s_by_file_target[(file_mates(a), b)].add(a)

    ssot_cats, ssot_samples = Counter(), defaultdict(list)
    for edge in sorted(s_edges - j_edges):
        a, b = edge
        if any(x != a for x in j_by_file_target.get((file_mates(a), b), ())):
            cat, detail = "FILE_ATTRIBUTION", "bytecode has it on another type of %s" % file_mates(a)
            ssot_cats[cat] += 1
            ssot_samples[cat].append("%s -> %s: %s" % (a, b, detail))
            continue
        cats = Counter()
        details = []
        for path, line in s_type[edge]:
            cat, detail = classify_ssot_evidence(src, path, line, b)
            cats[cat] += 1
            details.append("%s:%d %s" % (path, line, detail))
        cat = "OTHER" if "OTHER" in cats else "+".join(sorted(cats))
        ssot_cats[cat] += 1
        ssot_samples[cat].append("%s -> %s: %s" % (a, b, "; ".join(details[:2])))

    jdeps_cats, jdeps_samples = Counter(), defaultdict(list)
    for edge in sorted(j_edges - s_edges):
        a, b = edge
        if any(x != a for x in s_by_file_target.get((file_mates(a), b), ())):
            cat = "FILE_ATTRIBUTION"
            jdeps_cats[cat] += 1
            jdeps_samples[cat].append("%s -> %s: ssot has it on another type of %s" % (
                a, b, file_mates(a)))
            continue
        cats = Counter()
        details = []
        for x, y in sorted(j_type[edge]):
            cat, detail = classify_jdeps_evidence(src, x, y)
            cats[cat] += 1
            details.append("%s -> %s: %s" % (x, y, detail))
        cat = next((c for c in ("NAMED_NOT_LINKED", "INHERITED_MEMBER_TYPE") if c in cats), "IMPLICIT")
        jdeps_cats[cat] += 1
        jdeps_samples[cat].append("; ".join(details[:2]))

    def order(cat, known):
        parts = cat.split("+")
        return (min(known.index(p) if p in known else len(known) for p in parts), cat)

    print("type edges only in ssot, per reason:")
    for cat in sorted(ssot_cats, key=lambda c: order(c, SSOT_ONLY_ORDER)):
        print("  %-45s %d" % (cat, ssot_cats[cat]))
        for s in ssot_samples[cat][:args.samples if cat != "OTHER" else max(args.samples, 50)]:
            print("      " + s)
    print("type edges only in jdeps, per reason:")
    for cat in sorted(jdeps_cats, key=lambda c: order(c, JDEPS_ONLY_ORDER)):
        print("  %-45s %d" % (cat, jdeps_cats[cat]))
        for s in jdeps_samples[cat][:args.samples if cat != "NAMED_NOT_LINKED" else max(args.samples, 50)]:
            print("      " + s)
    return ssot_cats, jdeps_cats


if __name__ == "__main__":
    sys.exit(main())
