"""Pooling step 2: candidate pairs/groups of duplicate types, from methods that do not use ssot.

    usage: python3 pool.py WORKDIR      (reads WORKDIR/types-<library>.json, writes WORKDIR/pool.json)

P1 same simple name in one library; P2 same qualified name defined twice; P3 deprecated types
(@Deprecated/@deprecated, Python: 'deprecat' in docstring or decorator, or a DeprecationWarning
in the class) and the type their Javadoc/docstring names ({@link X}, 'use X'); P4 text clones:
5-token shingles of the comment-free body (own name normalised), Jaccard >= 0.5 or containment
>= 0.8; P5 names equal after stripping affixes; P6 a seeded random sample (6 per library) of
type pairs sharing >= 3 method names. Candidates touching a directory named test or tests are
dropped afterwards (test sources are out of scope); the random sample is drawn before that.
"""
import json, re, sys, random, itertools, collections, glob, os, zlib
COMMON = {'equals','hashCode','toString','__init__','__repr__','__str__','__eq__','__hash__','__ne__','clone','finalize','main'}
AFFIX = ['Unified','Default','Base','Abstract','Impl','Implementation','Legacy','Compat','Simple','New','Old','V2','V1','V3','Basic']
def norm(name):
    n = name.lstrip('_'); prev = None
    while prev != n:
        prev = n
        for a in AFFIX:
            if n.startswith(a) and len(n) > len(a) and n[len(a)].isupper(): n = n[len(a):]
            if n.endswith(a) and len(n) > len(a): n = n[:-len(a)]
    return n
SEED = 20250
pool = []
stats = {}
def key(t): return (t['path'], t['line'])
def add(lib, method, members, **kw):
    pool.append(dict(lib=lib, method=method, members=[dict(path=m['path'], line=m['line'], qname=m['qname'], lang=m['lang']) for m in members], **kw))
os.chdir(sys.argv[1])
for f in sorted(glob.glob('types-*.json')):
    lib = f[6:-5]; T = json.load(open(f)); st = collections.Counter()
    for t in T: t['mset'] = set(t['methods']) - COMMON - {m for m in t['methods'] if m.startswith('__') and m.endswith('__') and m!='__call__'}
    # P1 same simple name
    by = collections.defaultdict(list)
    for t in T: by[t['simple']].append(t)
    for s, g in sorted(by.items()):
        if len(g) > 1:
            st['P1-same-simple-name groups'] += 1
            # P2 same qname
            byq = collections.defaultdict(list)
            for t in g: byq[t['qname']].append(t)
            for q, gg in byq.items():
                if len(gg) > 1:
                    st['P2-same-qname groups'] += 1
                    add(lib, 'P2', gg)
            add(lib, 'P1', g, shared=[len(a['mset'] & b['mset']) for a, b in itertools.combinations(g, 2)][:10])
    # P3 deprecated
    bysimple = by
    for t in T:
        if t['deprecated']:
            st['P3-deprecated types'] += 1
            m = re.search(r'\{@link(?:plain)?\s+([\w$.#]+)', t['deptext']) or re.search(r'[Uu]se\s+[`:]*(?:class:|func:|meth:)?[`~]*([\w.]+)', t['deptext'])
            tgt = None
            if m:
                nm = m.group(1).split('#')[0].rstrip('.')
                simple = nm.split('.')[-1]
                cands = [u for u in by.get(simple, []) if u is not t and (u['qname'].endswith(nm) or '.' not in nm)]
                if cands: tgt = cands[0]
            if tgt:
                st['P3 deprecated with resolvable target'] += 1
                add(lib, 'P3', [t, tgt], deptext=t['deptext'][:150], shared=len(t['mset'] & tgt['mset']))
            else:
                add(lib, 'P3-notarget', [t], deptext=t['deptext'][:150])
    # P4 clones: 5-token shingles
    sh = {}
    idx = collections.defaultdict(list)
    for i, t in enumerate(T):
        if t['ntok'] < 60: continue
        toks = t['toks']
        s = {zlib.crc32(' '.join(toks[k:k+5]).encode()) for k in range(len(toks)-4)}
        sh[i] = s
        for h in s: idx[h].append(i)
    co = collections.Counter()
    for h, l in idx.items():
        if 1 < len(l) <= 15:
            for a, b in itertools.combinations(l, 2): co[(a, b)] += 1
    for (a, b), c in co.items():
        A, B = T[a], T[b]
        j = c / (len(sh[a]) + len(sh[b]) - c)
        cont = c / min(len(sh[a]), len(sh[b]))
        # skip a type paired with its own nested type
        if B['qname'].startswith(A['qname'] + '.') or A['qname'].startswith(B['qname'] + '.'): continue
        if j >= 0.5 or (cont >= 0.8 and min(len(sh[a]), len(sh[b])) >= 80):
            st['P4-clone pairs (jaccard>=0.5 or containment>=0.8)'] += 1
            add(lib, 'P4', [A, B], jaccard=round(j, 2), containment=round(cont, 2))
    # P5 affix
    bn = collections.defaultdict(list)
    for t in T:
        bn[(t['outer'].split('.')[-1] + '.' if t['nested'] and t['outer'] else '') + norm(t['simple'])].append(t)
    for k, g in sorted(bn.items()):
        names = {t['simple'] for t in g}
        if len(names) > 1 and len(k.split('.')[-1]) >= 3:
            st['P5-affix groups'] += 1
            add(lib, 'P5', g, shared=[len(a['mset'] & b['mset']) for a, b in itertools.combinations(g, 2)][:10])
    # P6 pairs sharing >=3 method names
    mi = collections.defaultdict(list)
    for i, t in enumerate(T):
        for m in t['mset']: mi[m].append(i)
    pc = collections.Counter()
    for m, l in mi.items():
        if len(l) <= 60:
            for a, b in itertools.combinations(l, 2): pc[(a, b)] += 1
    pairs = sorted(p for p, c in pc.items() if c >= 3)
    st['P6-pairs sharing >=3 method names (methods in <=60 types)'] = len(pairs)
    rnd = random.Random(f'{SEED}-{lib}')
    for a, b in rnd.sample(pairs, min(6, len(pairs))):
        add(lib, 'P6', [T[a], T[b]], shared=pc[(a, b)], sharednames=sorted(T[a]['mset'] & T[b]['mset'])[:12])
    # same-module redefinition (python) / nested counts
    st['types'] = len(T); st['nested types'] = sum(t['nested'] for t in T)
    stats[lib] = dict(st)
def istest(path):
    return any(s in ('test', 'tests') for s in path.split('/')[:-1])
for p in pool: p['test'] = any(istest(m['path']) for m in p['members'])
json.dump(dict(pool=pool, stats=stats), open('pool.json', 'w'), indent=0)
for lib, s in stats.items(): print(lib, s)
c = collections.Counter((p['lib'], p['method']) for p in pool if not p['test'])
for lib in sorted(stats):
    print(lib, 'candidates outside tests:', {m: c[(lib, m)] for m in ('P1', 'P2', 'P3', 'P3-notarget', 'P4', 'P5', 'P6')})
print('total candidates', len(pool), 'outside tests', sum(not p['test'] for p in pool))
