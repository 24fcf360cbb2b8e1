#!/usr/bin/env python3
"""Builds brands.yaml and threads/<brand>.yaml from the compact src/*.txt files."""
import os, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PLANS = {'A': 'answer', 'C': 'correct', 'K': 'acknowledge', 'T': 'thank', 'N': 'none'}

class D(yaml.SafeDumper):
    pass
def _str(d, s):
    return d.represent_scalar('tag:yaml.org,2002:str', s)
D.add_representer(str, _str)

def parse_brands():
    brands, cur = {}, None
    for line in open(os.path.join(HERE, 'brands.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('B '):
            key, name, obj, terms, comps = line[2:].split('|')
            cur = key
            brands[key] = {'name': name, 'objective_default': obj,
                           'terms': terms.split(','), 'competitors': comps.split(','), 'guidance': []}
        else:
            gid, kind, lang, text = line.split('|', 3)
            brands[cur]['guidance'].append({'id': f'{cur}-{gid}', 'kind': kind, 'language': lang, 'text': text})
    return brands

def comment(brand, tid, n, f):
    author, parent, lang, plan, pi, passages, fact, text, reason = f
    assert len(f) == 9, f
    return {'id': f'{tid}-c{n:02d}', 'author': author,
            'parent': None if parent == '-' else f'{tid}-c{int(parent):02d}',
            'language': lang, 'text': text, 'plan': PLANS[plan], 'reason': reason,
            'passages': [] if passages == '-' else [f'{brand}-{p}' for p in passages.split()],
            'fact': None if fact == '-' else fact, 'purchase_intent': pi == '1'}

def fix_reason(r, tid):
    # "already answered by c16" -> full id
    import re
    return re.sub(r'\b(by|to) c(\d\d)\b', lambda m: f'{m.group(1)} {tid}-c{m.group(2)}', r)

def main():
    brands = parse_brands()
    adds = {}
    for line in open(os.path.join(HERE, 'additions.txt'), encoding='utf-8'):
        if line.startswith('+'):
            tid, rest = line[1:].rstrip('\n').split('|', 1)
            adds.setdefault(tid, []).append(rest.split('|'))
    os.makedirs(os.path.join(OUT, 'threads'), exist_ok=True)
    for brand in brands:
        threads, cur = [], None
        for line in open(os.path.join(HERE, f'{brand}.txt'), encoding='utf-8'):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            if line.startswith('T '):
                tid, platform, obj, title, body, author = line[2:].split('|')
                cur = {'id': tid, 'platform': platform, 'objective': obj, 'title': title, 'body': body}
                if author:
                    cur['author'] = author
                cur['_raw'] = []
                threads.append(cur)
            elif line.startswith('c|'):
                cur['_raw'].append(line[2:].split('|'))
        for t in threads:
            raw = t.pop('_raw') + adds.pop(t['id'], [])
            t['comments'] = []
            for i, f in enumerate(raw, 1):
                c = comment(brand, t['id'], i, f)
                c['reason'] = fix_reason(c['reason'], t['id'])
                t['comments'].append(c)
        with open(os.path.join(OUT, 'threads', f'{brand}.yaml'), 'w', encoding='utf-8') as fh:
            yaml.dump(threads, fh, Dumper=D, allow_unicode=True, sort_keys=False, width=1000)
    assert not adds, adds
    with open(os.path.join(OUT, 'brands.yaml'), 'w', encoding='utf-8') as fh:
        yaml.dump(brands, fh, Dumper=D, allow_unicode=True, sort_keys=False, width=1000)

main()
