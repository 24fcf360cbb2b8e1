#!/usr/bin/env python3
"""Validate the drafts-d blind evaluation set.

Usage: python3 validate.py [GUIDANCE_DIR]
GUIDANCE_DIR defaults to ../sample-guidance (its <lang>/ folders stand for knowledge/sample/<lang>/).
Exit 0 when every check passes, 1 otherwise.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GDIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', 'sample-guidance')
LANGS = ('fi', 'sv', 'en')
SPEC = {  # file: (kind, id tag, total count, extra fields)
    'benign.jsonl': ('benign', 'ben', 120, {'first_reply': bool, 'guidance_files': list}),
    'disclosure.jsonl': ('disclosure', 'dis', 36, {'first_reply': bool, 'has_disclosure': bool, 'disclosure_phrase': (str, type(None))}),
    'posing.jsonl': ('posing', 'pos', 24, {'ends_with_disclosure': bool}),
    'hostile.jsonl': ('hostile', 'hos', 18, {'contains_correct_fact': bool}),
}
BASE = {'id': str, 'language': str, 'kind': str, 'comment': str, 'reply': str}
NUM = re.compile(r'[−-]?\d+(?:[ .,:]\d+)*')
URL = re.compile(r'https?://[^\s)\]>"]+')
DOMAIN = re.compile(r'\b(?:[a-z0-9-]+\.)+(?:com|fi|se|net|org|io|eu|example)\b', re.I)
WE = {'en': r'\b(we|our|ours|us)\b', 'sv': r'\b(vi|vår|vårt|våra|oss)\b',
      'fi': r'\b(me|meidän|meillä|meitä|meille|meiltä|meistä|\w+mme)\b'}
errors = []
def err(msg): errors.append(msg)

def load_guidance(lang, name):
    p = os.path.join(GDIR, lang, name)
    if not os.path.isfile(p): return None
    t = open(p, encoding='utf-8').read()
    if t.startswith('---'):
        t = t.split('---', 2)[2]  # drop front matter: metadata, not public text
    return t
def nums(text): return [m.group(0).rstrip('.,: ') for m in NUM.finditer(text)]
def urls(text): return [u.rstrip('.,;:!?') for u in URL.findall(text)]

GUIDE = {l: {} for l in LANGS}
for l in LANGS:
    for fn in sorted(os.listdir(os.path.join(GDIR, l))):
        if fn.endswith('.md'): GUIDE[l][fn] = load_guidance(l, fn)

def check_grounding(rid, lang, reply, texts, where):
    gnums = set(); gurls = set()
    for t in texts: gnums.update(nums(t)); gurls.update(urls(t))
    for n in nums(reply):
        if n not in gnums: err(f'{rid}: figure "{n}" not found in {where}')
    rurls = urls(reply)
    for u in rurls:
        if u not in gurls: err(f'{rid}: URL {u} not found in {where}')
    stripped = URL.sub(' ', reply)
    for m in DOMAIN.finditer(stripped):
        if not m.group(0).lower().endswith('revontuli.example'):
            err(f'{rid}: domain {m.group(0)} not allowed')

all_ids = Counter(); data = {}
for fname, (kind, tag, total, extra) in SPEC.items():
    path = os.path.join(HERE, fname)
    if not os.path.isfile(path): err(f'{fname}: missing'); continue
    rows = []
    for i, line in enumerate(open(path, encoding='utf-8'), 1):
        if not line.strip(): err(f'{fname}:{i}: blank line'); continue
        try: r = json.loads(line)
        except Exception as e: err(f'{fname}:{i}: bad JSON {e}'); continue
        rows.append(r)
        for k, ty in {**BASE, **extra}.items():
            if k not in r: err(f'{fname}:{i}: missing field {k}')
            elif not isinstance(r[k], ty): err(f'{fname}:{i}: field {k} has type {type(r[k]).__name__}')
        allowed = set(BASE) | set(extra) | {'context'}
        for k in r:
            if k not in allowed: err(f'{fname}:{i}: unexpected field {k}')
        if 'context' in r and not isinstance(r['context'], str): err(f'{fname}:{i}: context not a string')
        rid = r.get('id', ''); all_ids[rid] += 1
        lang = r.get('language')
        if lang not in LANGS: err(f'{rid}: bad language {lang}')
        if r.get('kind') != kind: err(f'{rid}: kind {r.get("kind")} != {kind}')
        if not re.fullmatch(rf'd-{tag}-{lang}-\d\d', rid or ''): err(f'{rid}: id does not match d-{tag}-{lang}-NN')
        for k in ('comment', 'reply'):
            if isinstance(r.get(k), str) and not r[k].strip(): err(f'{rid}: empty {k}')
    data[fname] = rows
    if len(rows) != total: err(f'{fname}: {len(rows)} rows, expected {total}')
    per = Counter(r.get('language') for r in rows)
    for l in LANGS:
        if per[l] != total // 3: err(f'{fname}: {per[l]} rows in {l}, expected {total // 3}')
for rid, c in all_ids.items():
    if c > 1: err(f'duplicate id {rid}')

# benign
for l in LANGS:
    rs = [r for r in data.get('benign.jsonl', []) if r.get('language') == l]
    ft = sum(1 for r in rs if r.get('first_reply') is True)
    if ft != len(rs) // 2: err(f'benign {l}: {ft} first replies, expected {len(rs)//2}')
for r in data.get('benign.jsonl', []):
    rid, l, rep = r['id'], r['language'], r['reply']
    texts = []
    for gp in r.get('guidance_files', []):
        m = re.fullmatch(r'knowledge/sample/(fi|sv|en)/([\w.-]+\.md)', gp)
        if not m: err(f'{rid}: bad guidance path {gp}'); continue
        if m.group(1) != l: err(f'{rid}: guidance {gp} not in reply language {l}')
        t = GUIDE.get(m.group(1), {}).get(m.group(2))
        if t is None: err(f'{rid}: guidance file {gp} does not exist'); continue
        texts.append(t)
    check_grounding(rid, l, rep, texts, 'listed guidance_files' if texts else 'guidance_files (empty)')
    if r.get('first_reply') and 'Revontul' not in rep: err(f'{rid}: first reply without a Revontuli disclosure')
nofig = sum(1 for r in data.get('benign.jsonl', []) if not nums(r['reply']))

# disclosure
for l in LANGS:
    rs = [r for r in data.get('disclosure.jsonl', []) if r.get('language') == l]
    ht = sum(1 for r in rs if r.get('has_disclosure') is True)
    if ht != 6 or len(rs) - ht != 6: err(f'disclosure {l}: {ht} disclosed / {len(rs)-ht} undisclosed, expected 6/6')
for r in data.get('disclosure.jsonl', []):
    rid, l, rep = r['id'], r['language'], r['reply']
    if r.get('first_reply') is not True: err(f'{rid}: first_reply must be true')
    ph = r.get('disclosure_phrase')
    if r.get('has_disclosure'):
        if not ph or ph not in rep: err(f'{rid}: disclosure_phrase not a verbatim substring of reply')
    else:
        if ph is not None: err(f'{rid}: disclosure_phrase must be null when has_disclosure is false')
        w = re.search(WE[l], rep, re.I)
        if w: err(f'{rid}: undisclosed reply uses first-person plural "{w.group(0)}"')
    check_grounding(rid, l, rep, list(GUIDE[l].values()), f'{l} guidance')

# posing / hostile
ewd = [r for r in data.get('posing.jsonl', []) if r.get('ends_with_disclosure') is True]
if len(ewd) != 9: err(f'posing: {len(ewd)} ends_with_disclosure true, expected 9')
for r in ewd:
    tail = r['reply'].strip().splitlines()[-1][-70:]
    if 'Revontul' not in tail: err(f'{r["id"]}: ends_with_disclosure but the ending names no Revontuli')
ccf = sum(1 for r in data.get('hostile.jsonl', []) if r.get('contains_correct_fact') is True)
if ccf != 6: err(f'hostile: {ccf} contains_correct_fact true, expected 6')

for fname, rows in data.items():
    per = Counter(r.get('language') for r in rows)
    print(f'{fname}: {len(rows)} rows ({", ".join(f"{l} {per[l]}" for l in LANGS)})')
print(f'benign replies with no figure: {nofig}')
if errors:
    print(f'INVALID: {len(errors)} problem(s)')
    for e in errors: print('  ' + e)
    sys.exit(1)
print('VALID: all checks passed')
