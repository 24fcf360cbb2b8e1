#!/usr/bin/env python3
"""Builds brands.yaml and threads/*.yaml from the compact sources in src/."""
import os, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PLANS = {'A': 'answer', 'C': 'correct', 'K': 'acknowledge', 'T': 'thank', 'N': 'none'}

def build_brands():
    brands, cur = {}, None
    for line in open(os.path.join(HERE, 'guidance.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        if line.startswith('@'):
            key, name, obj, terms, comps = line[1:].split('|')
            cur = key
            brands[key] = {'name': name, 'objective_default': obj, 'terms': terms.split(';'),
                           'competitors': comps.split(';'), 'guidance': []}
            continue
        num, kind, lang, text = line.split('|', 3)
        brands[cur]['guidance'].append({'id': f'{cur}-g{num}', 'kind': kind, 'language': lang, 'text': text})
    return brands

def build_threads(brand):
    threads, t = [], None
    for ln, line in enumerate(open(os.path.join(HERE, f'{brand}.txt'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('=== '):
            tid, platform, objective, title, author = line[4:].split('|')
            t = {'id': tid, 'platform': platform, 'objective': objective, 'title': title}
            if author:
                t['author'] = author
            t['comments'] = []
            threads.append(t)
            continue
        if line.startswith('body: '):
            t['body'] = line[6:]
            # keep key order: id, platform, objective, title, body, author, comments
            order = ['id', 'platform', 'objective', 'title', 'body', 'author', 'comments']
            t2 = {k: t[k] for k in order if k in t}
            t.clear(); t.update(t2)
            continue
        parts = line.split('|')
        assert len(parts) == 9, (brand, ln, len(parts), line)
        p, author, lang, plan, pi, pas, fact, text, reason = parts
        n = len(t['comments']) + 1
        cid = f"{t['id']}-c{n:02d}"
        t['comments'].append({
            'id': cid, 'author': author,
            'parent': None if p == '-' else f"{t['id']}-c{int(p):02d}",
            'language': lang, 'text': text, 'plan': PLANS[plan], 'reason': reason,
            'passages': [] if pas == '-' else [f'{brand}-g{int(x):02d}' for x in pas.split(',')],
            'fact': None if fact == '-' else fact,
            'purchase_intent': pi == 'y'})
    return threads

if __name__ == '__main__':
    brands = build_brands()
    with open(os.path.join(OUT, 'brands.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(brands, f, allow_unicode=True, sort_keys=False, width=1000)
    os.makedirs(os.path.join(OUT, 'threads'), exist_ok=True)
    for b in brands:
        with open(os.path.join(OUT, 'threads', f'{b}.yaml'), 'w', encoding='utf-8') as f:
            yaml.safe_dump(build_threads(b), f, allow_unicode=True, sort_keys=False, width=1000)
    print('built', ', '.join(brands))
