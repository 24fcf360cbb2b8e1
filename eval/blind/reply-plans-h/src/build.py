# builds threads/<brand>.yaml from the compact source src/<brand>.txt
import sys, yaml, os
D = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(D, '..', 'threads')
for brand in ['putkisampo', 'glansa', 'tonvik']:
    threads = []
    for ln, line in enumerate(open(os.path.join(D, brand + '.txt'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('# '):
            continue
        if line.startswith('## '):
            tid, plat, obj, title, author = [x.strip() for x in line[3:].split('|')]
            t = {'id': tid, 'platform': plat, 'objective': obj, 'title': title, 'body': ''}
            if author:
                t['author'] = author
            t['comments'] = []
            threads.append(t)
            continue
        if line.startswith('> '):
            t['body'] = (t['body'] + '\n' + line[2:]).strip()
            continue
        parts = line.split('|')
        if len(parts) != 10:
            sys.exit(f'{brand}.txt:{ln}: {len(parts)} fields: {line}')
        cid, author, parent, lang, plan, pi, pas, fact, text, reason = [p.strip() for p in parts]
        tid = t['id']
        t['comments'].append({
            'id': f'{tid}-{cid}', 'author': author,
            'parent': None if parent == '-' else f'{tid}-{parent}',
            'language': lang, 'text': text, 'plan': plan, 'reason': reason,
            'passages': [f'{brand}-{p}' for p in pas.split(',')] if pas != '-' else [],
            'fact': None if fact == '-' else fact,
            'purchase_intent': pi == 'y'})
    with open(os.path.join(OUT, brand + '.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(threads, f, allow_unicode=True, sort_keys=False, width=1000)
    print(brand, len(threads), sum(len(t['comments']) for t in threads))
