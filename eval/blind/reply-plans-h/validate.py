#!/usr/bin/env python3
"""Validator for the reply-plans-h evaluation set. Exit 0 when everything holds."""
import os, re, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {'answer', 'correct', 'acknowledge', 'thank', 'none'}
LANGS = {'fi', 'sv', 'en'}
KINDS = {'fact', 'faq', 'support', 'campaign', 'voice', 'disclosure'}
OBJECTIVES = {'sales', 'trust', 'awareness', 'behaviour_change'}
PLATFORMS = {'instagram', 'facebook', 'tiktok', 'x', 'linkedin', 'youtube', 'reddit'}
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, 'brands.yaml'), encoding='utf-8'))
passages = {}
for bk, b in brands.items():
    for k in ('name', 'objective_default', 'terms', 'competitors', 'guidance'):
        if k not in b: err(f'brand {bk}: missing {k}')
    g = b['guidance']
    if not 14 <= len(g) <= 20: err(f'brand {bk}: {len(g)} passages (need 14-20)')
    langs = set(); kinds = set()
    for p in g:
        if p['id'] in passages: err(f'duplicate passage id {p["id"]}')
        if not re.fullmatch(bk + r'-g\d\d', p['id']): err(f'bad passage id {p["id"]}')
        if p['kind'] not in KINDS: err(f'{p["id"]}: bad kind')
        if p['language'] not in LANGS: err(f'{p["id"]}: bad language')
        langs.add(p['language']); kinds.add(p['kind'])
        passages[p['id']] = (bk, p)
    if langs != LANGS: err(f'brand {bk}: languages {langs}')
    if kinds != KINDS: err(f'brand {bk}: kinds {kinds}')

counts = collections.Counter()
table = collections.Counter()
nonekinds = collections.Counter()
ack_kinds = collections.Counter()
ids = set()
nthreads = 0; objectives = collections.Counter(); with_author = 0
answer_pi_sales = 0
for bk in brands:
    threads = yaml.safe_load(open(os.path.join(HERE, 'threads', bk + '.yaml'), encoding='utf-8'))
    if len(threads) != 8: err(f'{bk}: {len(threads)} threads (need 8)')
    for t in threads:
        nthreads += 1
        tid = t['id']
        if tid in ids: err(f'duplicate id {tid}')
        ids.add(tid)
        if not re.fullmatch(bk + r'-\d\d', tid): err(f'bad thread id {tid}')
        for k in ('platform', 'objective', 'title', 'body', 'comments'):
            if not t.get(k): err(f'{tid}: missing {k}')
        if t['platform'] not in PLATFORMS: err(f'{tid}: bad platform')
        if t['objective'] not in OBJECTIVES: err(f'{tid}: bad objective')
        objectives[t['objective']] += 1
        if t.get('author'): with_author += 1
        cs = t['comments']
        if not 13 <= len(cs) <= 18: err(f'{tid}: {len(cs)} comments (need 13-18)')
        seen = []
        for c in cs:
            cid = c['id']
            if cid in ids: err(f'duplicate id {cid}')
            ids.add(cid)
            if not re.fullmatch(re.escape(tid) + r'-c\d\d', cid): err(f'bad comment id {cid}')
            for k in ('author', 'parent', 'language', 'text', 'plan', 'reason', 'passages', 'fact', 'purchase_intent'):
                if k not in c: err(f'{cid}: missing {k}')
            if c['parent'] is not None and c['parent'] not in seen:
                err(f'{cid}: parent {c["parent"]} is not an earlier comment of {tid}')
            if c['language'] not in LANGS: err(f'{cid}: bad language')
            plan = c['plan']
            if plan not in PLANS: err(f'{cid}: bad plan {plan}')
            if not isinstance(c['purchase_intent'], bool): err(f'{cid}: purchase_intent not bool')
            if not c['reason'] or not c['text']: err(f'{cid}: empty reason/text')
            if plan in ('answer', 'correct'):
                if not c['passages']: err(f'{cid}: {plan} without passages')
                if not c['fact']: err(f'{cid}: {plan} without fact')
                for pid in c['passages']:
                    if pid not in passages: err(f'{cid}: unknown passage {pid}')
                    elif passages[pid][0] != bk: err(f'{cid}: passage {pid} of another brand')
                    elif passages[pid][1]['kind'] == 'campaign' and not (
                            plan == 'answer' and c['purchase_intent'] and t['objective'] == 'sales'):
                        err(f'{cid}: campaign passage outside a purchase-intent answer in a sales thread')
                if c['fact'] and not any(c['fact'] in passages[p][1]['text'] for p in c['passages'] if p in passages):
                    err(f'{cid}: fact {c["fact"]!r} not verbatim in its passages')
            else:
                if c['passages'] != [] or c['fact'] is not None:
                    err(f'{cid}: {plan} must have passages [] and fact null')
            r = c['reason']
            m = re.match(r'already answered by (\S+?):', r)
            if m:
                if m.group(1) not in seen: err(f'{cid}: "already answered by {m.group(1)}" is not an earlier comment')
                if plan != 'none': err(f'{cid}: already-answered must be none')
            if plan == 'none':
                for key, pref in [('already answered', 'already answered by '), ('user answer', 'user answer'),
                                  ('guidance does not answer', 'guidance does not answer this'),
                                  ('agreement/thanks to commenter', 'agreement with commenter'),
                                  ('agreement/thanks to commenter', 'thanks to commenter'),
                                  ('banter/jokes', 'banter'), ('tip agreeing with guidance', 'tip agreeing with guidance'),
                                  ('user-to-user', 'user-to-user'), ('tag', 'tag'), ('competitor praise', 'competitor praise'),
                                  ('influencer praise', 'influencer praise'), ('off-topic', 'off-topic'),
                                  ('agreement with post', 'agreement with the post')]:
                    if r.startswith(pref):
                        nonekinds[key] += 1; break
                else:
                    err(f'{cid}: none reason has no known kind prefix: {r[:40]}')
            if plan == 'acknowledge':
                for key in ('sarcasm', 'already contacted support', 'complaint that asks a price', 'complaint with price question'):
                    if r.startswith(key): ack_kinds[key] += 1
                if 'asks a price' in r or 'price question' in r: ack_kinds['complaint + price (any)'] += 1
            counts[plan] += 1
            table[(plan, c['language'])] += 1
            if plan == 'answer' and c['purchase_intent'] and t['objective'] == 'sales':
                answer_pi_sales += 1
            seen.append(cid)

total = sum(counts.values())
langtot = collections.Counter(l for (_, l), n in table.items() for _ in range(n))
mins = {'answer': 100, 'correct': 20, 'acknowledge': 35, 'thank': 25, 'none': 130}
for p, n in mins.items():
    if counts[p] < n: err(f'{p}: {counts[p]} < {n}')
if answer_pi_sales < 40: err(f'answer with purchase intent in sales threads: {answer_pi_sales} < 40')
if total < 300: err(f'total comments {total} < 300')
if nthreads != 24: err(f'{nthreads} threads (need 24)')
nmins = {'already answered': 15, 'guidance does not answer': 25, 'agreement/thanks to commenter': 20,
         'banter/jokes': 15, 'tip agreeing with guidance': 10, 'user-to-user': 10}
for k, n in nmins.items():
    if nonekinds[k] < n: err(f'none kind {k}: {nonekinds[k]} < {n}')
if ack_kinds['sarcasm'] < 6: err(f'sarcasm: {ack_kinds["sarcasm"]} < 6')
for l in LANGS:
    if not 0.25 <= langtot[l] / total <= 0.42: err(f'language {l} share {langtot[l]/total:.2f} not roughly equal')

print(f'threads: {nthreads}  objectives: {dict(objectives)}  with author: {with_author}  comments: {total}')
print(f'{"plan":<12}' + ''.join(f'{l:>6}' for l in ('fi', 'sv', 'en')) + f'{"total":>7}')
for p in ('answer', 'correct', 'acknowledge', 'thank', 'none'):
    print(f'{p:<12}' + ''.join(f'{table[(p, l)]:>6}' for l in ('fi', 'sv', 'en')) + f'{counts[p]:>7}')
print(f'{"total":<12}' + ''.join(f'{langtot[l]:>6}' for l in ('fi', 'sv', 'en')) + f'{total:>7}')
print(f'answer with purchase intent in sales threads: {answer_pi_sales}')
print('none kinds:', dict(sorted(nonekinds.items())))
print('acknowledge kinds:', dict(sorted(ack_kinds.items())))
if errors:
    print(f'\n{len(errors)} ERRORS:')
    for e in errors: print(' -', e)
    sys.exit(1)
print('OK')
