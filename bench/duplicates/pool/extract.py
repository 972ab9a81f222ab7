"""Pooling step 1: list every type declaration of one library (no parser library, stdlib only).

    usage: python3 extract.py LIBDIR OUT.json

Java: comments and string literals are blanked, then `class|interface|enum|record|@interface Name`
is matched and its body found by brace matching; a declaration inside another type's body is
nested (qualified Outer.Inner; local classes get the enclosing type's name). Methods are the
identifiers followed by `(` at the body's top level that are preceded by a type. Python: the
ast module; classes at any depth (in classes, functions, if/try blocks), methods are the defs of
the class body. LINE is the line of the type's name (Java) or of its `class` keyword (Python).
"""
import ast, json, os, re, sys, hashlib, zlib
ROOT = sys.argv[1]; OUT = sys.argv[2]
KW = set('if for while switch catch synchronized return new super this throw try else do case assert yield'.split())
def clean_java(src):
    # blank comments and string/char literals, keep newlines and offsets
    out = list(src); i = 0; n = len(src)
    def blank(a, b):
        for k in range(a, b):
            if out[k] != '\n': out[k] = ' '
    while i < n:
        c = src[i]
        if src.startswith('//', i):
            j = src.find('\n', i); j = n if j < 0 else j; blank(i, j); i = j
        elif src.startswith('/*', i):
            j = src.find('*/', i + 2); j = n if j < 0 else j + 2; blank(i, j); i = j
        elif src.startswith('"""', i):
            j = src.find('"""', i + 3); j = n if j < 0 else j + 3; blank(i + 1, j - 1); i = j
        elif c == '"' or c == "'":
            j = i + 1
            while j < n and src[j] != c and src[j] != '\n':
                j += 2 if src[j] == '\\' else 1
            blank(i + 1, min(j, n)); i = j + 1
        else:
            i += 1
    return ''.join(out)
DECL = re.compile(r'(?<![\w$.])(class|interface|enum|record|@\s*interface)\s+([A-Za-z_$][\w$]*)')
METH = re.compile(r'([A-Za-z_$][\w$]*)\s*\(')
TOK = re.compile(r'[A-Za-z_$][\w$]*|\d[\w.]*|\S')
def java_types(rel, src):
    cl = clean_java(src)
    m = re.search(r'^\s*package\s+([\w.]+)\s*;', cl, re.M)
    pkg = m.group(1) if m else ''
    lines = [0]
    for k, ch in enumerate(cl):
        if ch == '\n': lines.append(k + 1)
    import bisect
    lineof = lambda p: bisect.bisect_right(lines, p)
    types = []
    for m in DECL.finditer(cl):
        kind = m.group(1).replace(' ', ''); name = m.group(2)
        if name in ('extends', 'implements'): continue
        # find body open brace
        j = m.end(); depth_paren = 0; depth_angle = 0
        while j < len(cl):
            ch = cl[j]
            if ch == '(': depth_paren += 1
            elif ch == ')': depth_paren -= 1
            elif ch == '{' and depth_paren == 0: break
            elif ch == ';' and depth_paren == 0: j = -1; break
            j += 1
        if j < 0 or j >= len(cl): continue
        d = 0; k = j
        while k < len(cl):
            if cl[k] == '{': d += 1
            elif cl[k] == '}':
                d -= 1
                if d == 0: break
            k += 1
        # header region back to previous ; { } for modifiers / javadoc
        h = m.start() - 1
        while h >= 0 and cl[h] not in ';{}': h -= 1
        header_orig = src[h + 1:m.start()]
        header = cl[h + 1:j]
        types.append(dict(kind=kind, name=name, start=m.start(), nameline=lineof(m.start(2)), open=j, close=k,
                          header=header, headerorig=header_orig, endline=lineof(k)))
    # nesting
    for t in types:
        par = None
        for u in types:
            if u is not t and u['open'] < t['start'] and t['close'] <= u['close']:
                if par is None or u['open'] > par['open']: par = u
        t['parent'] = par
    res = []
    for t in types:
        chain = []; u = t
        while u: chain.append(u['name']); u = u['parent']
        q = '.'.join(reversed(chain))
        body = cl[t['open'] + 1:t['close']]
        # depth-1 text
        d1 = []; d = 0
        for ch in body:
            if ch == '{': d += 1; d1.append(' ' if d > 1 else ch); continue
            if ch == '}': d -= 1; d1.append(' ' if d >= 1 else ch); continue
            d1.append(ch if d == 0 else (' ' if ch != '\n' else '\n'))
        d1 = ''.join(d1)
        meths = []
        for mm in METH.finditer(d1):
            nm = mm.group(1)
            if nm in KW or nm == t['name']: continue
            p = mm.start() - 1
            while p >= 0 and d1[p].isspace(): p -= 1
            if p >= 0 and (d1[p].isalnum() or d1[p] in '_$>]'):
                # previous token must not be 'new' / '.'-qualified call
                q0 = p
                while q0 >= 0 and (d1[q0].isalnum() or d1[q0] in '_$'): q0 -= 1
                prevword = d1[q0 + 1:p + 1]
                if prevword in ('new', 'return', 'throw', 'else'): continue
                if q0 >= 0 and d1[q0] == '.': continue
                meths.append(nm)
        hdr = t['headerorig']
        dep = ('@Deprecated' in hdr) or ('@deprecated' in hdr)
        dm = re.search(r'@deprecated\s*(.{0,200})', hdr, re.S)
        deptext = re.sub(r'\s*\*\s*', ' ', dm.group(1)).strip()[:200] if dm else ''
        ext = re.search(r'\bextends\s+([\w$.<>, ?]+?)(?=\s+implements|\s*\{|\s*$|\s+permits)', t['header'])
        imp = re.search(r'\bimplements\s+([\w$.<>, ?]+?)(?=\s*\{|\s*$|\s+permits)', t['header'])
        toks = TOK.findall(body)
        toks = ['SELF' if x == t['name'] else x for x in toks]
        res.append(dict(lang='java', path=rel, line=t['nameline'], endline=t['endline'], qname=(pkg + '.' if pkg else '') + q,
                        simple=t['name'], kind=t['kind'], nested=t['parent'] is not None,
                        outer=(pkg + '.' if pkg else '') + '.'.join(reversed(chain[1:])) if t['parent'] else None,
                        methods=meths, deprecated=dep, deptext=deptext,
                        extends=(ext.group(1).strip() if ext else ''), implements=(imp.group(1).strip() if imp else ''),
                        abstract=bool(re.search(r'\babstract\b', t['header'][:t['header'].find(t['name'])] if t['name'] in t['header'] else '')),
                        ntok=len(toks), toks=toks))
    return res

def py_types(rel, src):
    try:
        tree = ast.parse(src)
    except Exception as e:
        return []
    mod = rel[:-3].replace('/', '.')
    if mod.endswith('.__init__'): mod = mod[:-9]
    res = []
    def walk(node, prefix, nested_in_class):
        for ch in ast.iter_child_nodes(node):
            if isinstance(ch, ast.ClassDef):
                q = prefix + '.' + ch.name
                meths = []
                def collect(body):
                    for b in body:
                        if isinstance(b, (ast.FunctionDef, ast.AsyncFunctionDef)): meths.append(b.name)
                        elif isinstance(b, (ast.If, ast.Try)):
                            collect(b.body); collect(getattr(b, 'orelse', []))
                            for hnd in getattr(b, 'handlers', []): collect(hnd.body)
                collect(ch.body)
                doc = ast.get_docstring(ch) or ''
                seg = ast.get_source_segment(src, ch) or ''
                dep = bool(re.search(r'deprecat', doc, re.I)) or any('deprecat' in ast.unparse(dd).lower() for dd in ch.decorator_list) \
                      or 'DeprecationWarning' in seg[:1500]
                dm = re.search(r'(deprecat.{0,200})', doc, re.I | re.S)
                # line of class name: the 'class' keyword line (decorators are before)
                line = ch.lineno
                toks = TOK.findall(re.sub(r'#.*', '', seg))
                toks = ['SELF' if x == ch.name else x for x in toks]
                res.append(dict(lang='python', path=rel, line=line, endline=ch.end_lineno, qname=q, simple=ch.name, kind='class',
                                nested=nested_in_class, outer=prefix if nested_in_class else None, methods=meths,
                                deprecated=dep, deptext=(re.sub(r'\s+', ' ', dm.group(1))[:200] if dm else ''),
                                extends=', '.join(ast.unparse(b) for b in ch.bases), implements='', abstract=False,
                                ntok=len(toks), toks=toks))
                walk(ch, q, True)
            elif isinstance(ch, (ast.FunctionDef, ast.AsyncFunctionDef)):
                walk(ch, prefix, nested_in_class)  # local classes: qualified by enclosing class/module
            else:
                walk(ch, prefix, nested_in_class)
    walk(tree, mod, False)
    return res

allt = []
for dp, dn, fn in os.walk(ROOT):
    dn.sort()
    for f in sorted(fn):
        p = os.path.join(dp, f); rel = os.path.relpath(p, ROOT)
        if f.endswith('.java'):
            allt += java_types(rel, open(p, encoding='utf-8', errors='replace').read())
        elif f.endswith('.py'):
            allt += py_types(rel, open(p, encoding='utf-8', errors='replace').read())
json.dump(allt, open(OUT, 'w'))
print(ROOT, len(allt), 'types', file=sys.stderr)
