#!/usr/bin/env python3
"""Score duplicate-type findings against the labelled set.

    usage: python3 bench/duplicates/score.py LABELS REPORT_DIR [--json OUT]

LABELS is bench/duplicates/labels.tsv. REPORT_DIR holds one ssot JSON report per library,
named <library>.json (bench/duplicates/run.sh writes them). Standard library only.

Matching does not depend on the report's exact shape. For every finding of rule
duplicate-type, the scorer walks the whole finding and collects
  - every location: any object with a path (path, file, uri or artifactLocation.uri) and a
    line (line or startLine), wherever it sits (primary location, evidence, related
    locations, nested lists);
  - every string, split into dotted names (Java '$' read as '.'), as the names it mentions;
  - every string held by a field named channel or channels.
A labelled member (path:LINE:QualifiedName) is named by a finding when a location's path
matches the member's library-relative path (equal, or one a '/'-suffix of the other) and the
location's line is LINE, or when the finding mentions the member's qualified name and one of
its locations is in the member's file. A group is found when one finding names at least two
of its members; a pair when one finding names both.

Look-alikes (ALIAS_SHIM and NOT_DUPLICATE) that some finding pairs are false positives;
ALIAS_SHIM ones are counted separately (target zero).
"""
import argparse
import collections
import itertools
import json
import os
import re
import sys

RULE = 'duplicate-type'
REAL = 'REAL_DUPLICATE'
LOOKALIKE = ('ALIAS_SHIM', 'NOT_DUPLICATE')


def read_labels(path):
    groups = []
    with open(path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        for n, line in enumerate(f, 2):
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip('\n').split('\t')))
            members = []
            for m in row['members'].split('|'):
                p, ln, q = m.split(':', 2)
                members.append((p, int(ln), q))
            if len(members) < 2:
                sys.exit(f'{path}:{n}: a group needs at least two members')
            row['members'] = members
            groups.append(row)
    return groups


def path_of(obj):
    for k in ('path', 'file', 'uri'):
        v = obj.get(k)
        if isinstance(v, str):
            return v
    al = obj.get('artifactLocation')
    if isinstance(al, dict) and isinstance(al.get('uri'), str):
        return al['uri']
    return None


def line_of(obj):
    for k in ('line', 'startLine'):
        v = obj.get(k)
        if isinstance(v, int) and not isinstance(v, bool):
            return v
    reg = obj.get('region')
    if isinstance(reg, dict):
        return line_of(reg)
    return None


NAME = re.compile(r'[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*')


def walk(node, acc, key=None):
    if isinstance(node, dict):
        p = path_of(node)
        ln = line_of(node)
        if p is not None:
            acc['locs'].add((norm_path(p), ln))
        for k, v in node.items():
            walk(v, acc, k)
    elif isinstance(node, list):
        for v in node:
            walk(v, acc, key)
    elif isinstance(node, str):
        if key in ('channel', 'channels'):
            acc['channels'].add(node)
        for tok in NAME.findall(node):
            acc['names'].add(tok.replace('$', '.'))


def norm_path(p):
    p = p.replace('\\', '/')
    if p.startswith('file://'):
        p = p[7:]
    while p.startswith('./'):
        p = p[2:]
    return p


def same_path(a, b):
    return a == b or a.endswith('/' + b) or b.endswith('/' + a)


class Finding:
    def __init__(self, library, index, raw):
        self.library = library
        self.index = index
        self.raw = raw
        acc = {'locs': set(), 'names': set(), 'channels': set()}
        walk(raw, acc)
        self.locs = acc['locs']
        self.names = acc['names']
        self.channels = acc['channels']
        loc = raw.get('location') if isinstance(raw.get('location'), dict) else {}
        self.where = f"{path_of(loc) or '?'}:{line_of(loc) or '?'}"

    def names_member(self, member, by_name=True):
        path, line, qname = member
        files = [lp for lp, _ in self.locs if same_path(lp, path)]
        if not files:
            return False
        if any(same_path(lp, path) and ll == line for lp, ll in self.locs):
            return True
        return by_name and qname in self.names


def load_findings(report_dir, libraries):
    findings = {}
    missing = []
    for lib in sorted(libraries):
        f = os.path.join(report_dir, lib + '.json')
        if not os.path.exists(f):
            missing.append(lib)
            findings[lib] = []
            continue
        with open(f, encoding='utf-8') as fh:
            rep = json.load(fh)
        raw = rep.get('findings', []) if isinstance(rep, dict) else rep
        findings[lib] = [Finding(lib, i, x) for i, x in enumerate(raw)
                         if isinstance(x, dict) and RULE in str(x.get('ruleId', x.get('rule', '')))]
    return findings, missing


def frac(a, b):
    return f'{a}/{b} ({100.0 * a / b:.1f} %)' if b else f'{a}/0 (-)'


def score(groups, findings):
    res = []
    for g in groups:
        fs = findings.get(g['library'], [])
        qn = collections.Counter(q for _, _, q in g['members'])
        # two members with one qualified name (a redefinition) are told apart by line only
        named = {i: [f for f in fs if f.names_member(m, by_name=qn[m[2]] == 1)] for i, m in enumerate(g['members'])}
        by_finding = collections.defaultdict(set)
        for i, lst in named.items():
            for f in lst:
                by_finding[f.index].add(i)
        pairing = [fi for fi, s in by_finding.items() if len(s) >= 2]
        pairs = list(itertools.combinations(range(len(g['members'])), 2))
        found_pairs = [p for p in pairs if any(p[0] in by_finding[fi] and p[1] in by_finding[fi] for fi in pairing)]
        chans = set()
        for fi in pairing:
            chans |= fs[fi].channels
        res.append(dict(group=g, found=bool(pairing), pairs=len(pairs), found_pairs=len(found_pairs),
                        findings=sorted(pairing), touched=sorted(by_finding), channels=sorted(chans)))
    return res


def short(g):
    return ' | '.join(f"{q}:{ln}" for _, ln, q in g['members'])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('labels')
    ap.add_argument('report_dir')
    ap.add_argument('--json', help='also write the numbers as JSON to this file')
    ap.add_argument('--show-heldout', action='store_true',
                    help='list the missed held-out groups instead of the tune ones (for the '
                         'closing report only: a held-out miss read while tuning is tuned on)')
    a = ap.parse_args()
    groups = read_labels(a.labels)
    libs = {g['library'] for g in groups}
    findings, missing = load_findings(a.report_dir, libs)
    res = score(groups, findings)
    out = {}
    real = [r for r in res if r['group']['label'] == REAL]
    look = [r for r in res if r['group']['label'] in LOOKALIKE]
    if missing:
        print(f"WARNING: no report for {', '.join(missing)} (counted as no findings)")
    nfind = sum(len(v) for v in findings.values())
    print(f"duplicate-type findings: {nfind} in {len(findings) - len(missing)} reports")
    print(f"labelled groups: {len(res)} ({len(real)} {REAL}, "
          f"{sum(r['group']['label'] == 'ALIAS_SHIM' for r in res)} ALIAS_SHIM, "
          f"{sum(r['group']['label'] == 'NOT_DUPLICATE' for r in res)} NOT_DUPLICATE)")

    def recall(rows, title):
        g = sum(r['found'] for r in rows)
        p = sum(r['found_pairs'] for r in rows)
        tp = sum(r['pairs'] for r in rows)
        print(f"  {title:<28} groups {frac(g, len(rows)):<22} pairs {frac(p, tp)}")
        return {'groups_found': g, 'groups': len(rows), 'pairs_found': p, 'pairs': tp}

    print('\nRecall on REAL_DUPLICATE groups')
    out['recall'] = {'all': recall(real, 'all')}
    for key, field in (('split', 'split'), ('language', 'language'), ('confidence', 'confidence'), ('library', 'library')):
        vals = sorted({r['group'][field] for r in real})
        out['recall'][key] = {}
        for v in vals:
            out['recall'][key][v] = recall([r for r in real if r['group'][field] == v], f"{key}={v}")
    for split in ('tune', 'heldout'):
        for lang in sorted({r['group']['language'] for r in real}):
            rows = [r for r in real if r['group']['split'] == split and r['group']['language'] == lang]
            out['recall'].setdefault('split_language', {})[f'{split}/{lang}'] = recall(rows, f"{split}/{lang}")

    print('\nPrecision on the labelled look-alikes (a look-alike paired by one finding is a false positive)')
    out['lookalikes'] = {}
    for lab in LOOKALIKE:
        rows = [r for r in look if r['group']['label'] == lab]
        fp = [r for r in rows if r['found']]
        print(f"  {lab:<14} false positives {frac(len(fp), len(rows))}")
        out['lookalikes'][lab] = {'false_positives': len(fp), 'groups': len(rows)}
        for lang in sorted({r['group']['language'] for r in rows}):
            lr = [r for r in rows if r['group']['language'] == lang]
            print(f"    {lang:<12} {frac(sum(r['found'] for r in lr), len(lr))}")
    fp_all = sum(r['found'] for r in look)
    out['lookalikes']['all'] = {'false_positives': fp_all, 'groups': len(look)}
    print(f"  {'all':<14} false positives {frac(fp_all, len(look))}")
    tp_groups = sum(r['found'] for r in real)
    if tp_groups + fp_all:
        print(f"  precision on labelled groups: {frac(tp_groups, tp_groups + fp_all)}")

    touched = collections.defaultdict(set)
    for r in res:
        for fi in r['touched']:
            touched[r['group']['library']].add(fi)
    unl = [(lib, f) for lib, fs in findings.items() for f in fs if f.index not in touched[lib]]
    print(f"\nFindings that name no labelled member (unlabelled; sample these by hand): {len(unl)} of {nfind}")
    per_lib = collections.Counter(lib for lib, _ in unl)
    for lib in sorted(findings):
        print(f"  {lib:<30} {per_lib[lib]} of {len(findings[lib])}")
    out['unlabelled_findings'] = {'count': len(unl), 'total': nfind, 'by_library': dict(per_lib)}

    chans = sorted({c for fs in findings.values() for f in fs for c in f.channels})
    if chans:
        print('\nRecall per channel (REAL groups found by a finding that reports the channel)')
        out['channels'] = {}
        for c in chans:
            n = sum(c in r['channels'] for r in real)
            print(f"  {c:<28} {frac(n, len(real))}")
            out['channels'][c] = {'groups_found': n, 'groups': len(real)}
    else:
        print('\nRecall per channel: the findings expose no channel field')

    # the held-out groups are counted above but never listed: reading them would tune on them
    shown = 'heldout' if a.show_heldout else 'tune'
    print(f'\nMissed REAL_DUPLICATE groups of the {shown} split')
    for r in real:
        g = r['group']
        if g['split'] == shown and not r['found']:
            print(f"  {g['id']} {g['library']} ({g['confidence']}): {short(g)}\n      {g['reason']}")
    print('\nFalse positives (labelled look-alikes paired by a finding)')
    for r in look:
        g = r['group']
        if r['found']:
            fs = findings[g['library']]
            where = ', '.join(fs[i].where for i in r['findings'])
            print(f"  {g['id']} {g['label']} {g['library']} ({g['split']}): {short(g)}\n"
                  f"      label: {g['reason']}\n      finding at {where}")
    out['groups'] = [{'id': r['group']['id'], 'label': r['group']['label'], 'split': r['group']['split'],
                      'found': r['found'], 'pairs_found': r['found_pairs'], 'pairs': r['pairs'],
                      'channels': r['channels']} for r in res]
    if a.json:
        with open(a.json, 'w', encoding='utf-8') as f:
            json.dump(out, f, indent=1, sort_keys=True)


if __name__ == '__main__':
    main()
