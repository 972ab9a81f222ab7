"""Re-derive the tune/heldout split of labels.tsv from its seed and report any difference.

    usage: python3 split.py LABELS

Within each (language, label) stratum, ids in file order, random.Random(f'20251203-{language}-{label}')
.sample(ids, round(n / 3)) are held out; the rest are tune.
"""
import collections, random, sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')]
h = rows[0]; rows = [dict(zip(h, r)) for r in rows[1:]]
strata = collections.defaultdict(list)
for r in rows: strata[(r['language'], r['label'])].append(r['id'])
held = set()
for (lang, lab), ids in sorted(strata.items()):
    held |= set(random.Random(f'20251203-{lang}-{lab}').sample(ids, round(len(ids) / 3)))
bad = [r['id'] for r in rows if (r['split'] == 'heldout') != (r['id'] in held)]
print(f"{len(rows)} groups, {len(held)} heldout; {'split matches the seed' if not bad else 'differs: ' + ' '.join(bad)}")
sys.exit(1 if bad else 0)
