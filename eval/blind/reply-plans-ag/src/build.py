import sys, re, yaml, os
sys.path.insert(0, '/tmp/gen')
from brands import BRANDS
import frostvik, arkki, vingar
from patches import SV
for (b,t,i),(txt,au) in SV.items():
    c={'frostvik':frostvik,'arkki':arkki,'vingar':vingar}[b].THREADS[t-1]['comments'][i-1]
    c['text']=txt; c['language']='sv'
    if au: c['author']=au
OUT = '/work/s42/writer/reply-plans-ag'
os.makedirs(OUT + '/threads', exist_ok=True)
class D(yaml.SafeDumper): pass
def str_rep(d, s):
    return d.represent_scalar('tag:yaml.org,2002:str', s)
D.add_representer(str, str_rep)
brands = {}
for key, b in BRANDS.items():
    brands[key] = {'name': b['name'], 'objective_default': b['objective_default'], 'terms': b['terms'],
                   'competitors': b['competitors'],
                   'guidance': [{'id': f'{key}-g{i:02d}', 'kind': k, 'language': l, 'text': t}
                                for i, (k, l, t) in enumerate(b['guidance'], 1)]}
with open(OUT + '/brands.yaml', 'w', encoding='utf-8') as f:
    yaml.dump(brands, f, Dumper=D, allow_unicode=True, sort_keys=False, width=110)
for key, mod in [('frostvik', frostvik), ('arkki', arkki), ('vingar', vingar)]:
    out = []
    for t in mod.THREADS:
        tid = f"{key}-{t['num']:02d}"
        th = {'id': tid, 'platform': t['platform'], 'objective': t['objective'], 'title': t['title'], 'body': t['body']}
        if t['author']: th['author'] = t['author']
        cs = []
        for i, c in enumerate(t['comments'], 1):
            reason = re.sub(r't(\d\d)-c(\d\d)', lambda m: f'{key}-{m.group(1)}-c{m.group(2)}', c['reason'])
            cs.append({'id': f'{tid}-c{i:02d}', 'author': c['author'],
                       'parent': (f"{tid}-c{c['parent']:02d}" if c['parent'] else None),
                       'language': c['language'], 'text': c['text'], 'plan': c['plan'], 'reason': reason,
                       'passages': [f'{key}-{p}' for p in c['passages']], 'fact': c['fact'],
                       'purchase_intent': c['purchase_intent']})
        th['comments'] = cs
        out.append(th)
    with open(f'{OUT}/threads/{key}.yaml', 'w', encoding='utf-8') as f:
        yaml.dump(out, f, Dumper=D, allow_unicode=True, sort_keys=False, width=110)
print('built')
