import yaml, re, os, sys
D = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(D)
class Dumper(yaml.SafeDumper): pass
def str_rep(d, s):
    return d.represent_scalar('tag:yaml.org,2002:str', s)
Dumper.add_representer(str, str_rep)
brands = {}
cur = None
for line in open(os.path.join(D, 'brands.txt'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip(): continue
    if line.startswith('@ '):
        key, name, od, terms, comps = [x.strip() for x in line[2:].split('|')]
        cur = key
        brands[key] = {'name': name, 'objective_default': od,
                       'terms': [t.strip() for t in terms.split(',')],
                       'competitors': [t.strip() for t in comps.split(',')], 'guidance': []}
    else:
        gid, kind, lang, text = [x.strip() for x in line.split('|', 3)]
        brands[cur]['guidance'].append({'id': f'{cur}-{gid}', 'kind': kind, 'language': lang, 'text': text})
with open(os.path.join(OUT, 'brands.yaml'), 'w', encoding='utf-8') as f:
    yaml.dump(brands, f, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=120)
PLANS = {'a': 'answer', 'c': 'correct', 'k': 'acknowledge', 't': 'thank', 'n': 'none'}
for key in brands:
    p = os.path.join(D, f'{key}.txt')
    if not os.path.exists(p): continue
    threads = []; th = None
    for ln, line in enumerate(open(p, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        if line.startswith('T|'):
            _, tid, plat, obj, title = [x.strip() for x in line.split('|', 4)]
            th = {'id': tid, 'platform': plat, 'objective': obj, 'title': title, 'body': '', 'comments': []}
            threads.append(th)
        elif line.startswith('B|'):
            th['body'] = line[2:].strip()
        else:
            parts = [x.strip() for x in line.split('|')]
            if len(parts) != 9:
                sys.exit(f'{p}:{ln}: {len(parts)} fields: {line}')
            author, lang, parent, plan, pi, pas, fact, text, reason = parts
            n = len(th['comments']) + 1
            cid = f"{th['id']}-c{n:02d}"
            reason = re.sub(r'\bc(\d\d)\b', lambda m: f"{th['id']}-c{m.group(1)}", reason)
            reason = re.sub(r'\bg(\d\d)\b', lambda m: f"{key}-g{m.group(1)}", reason)
            th['comments'].append({
                'id': cid, 'author': author, 'parent': None if parent == '-' else f"{th['id']}-c{int(parent):02d}",
                'language': lang, 'text': text, 'plan': PLANS[plan], 'reason': reason,
                'passages': [] if pas == '-' else [f'{key}-{g.strip()}' for g in pas.split(',')],
                'fact': None if fact == '-' else fact, 'purchase_intent': pi == 'y'})
    with open(os.path.join(OUT, 'threads', f'{key}.yaml'), 'w', encoding='utf-8') as f:
        yaml.dump(threads, f, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=120)
print('built')
