#!/usr/bin/env python3
"""Validator for the reply-plans-e blind evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, glob
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {'answer', 'correct', 'acknowledge', 'thank', 'none'}
LANGS = {'fi', 'sv', 'en'}
KINDS = {'fact', 'faq', 'support', 'campaign', 'voice', 'disclosure'}
OBJECTIVES = {'sales', 'trust', 'awareness', 'behaviour_change'}
PLATFORMS = {'instagram', 'facebook', 'tiktok', 'x', 'linkedin', 'youtube', 'reddit'}
NONE_KINDS = [
    ('already_answered', r'^already answered by '),
    ('user_answer', r'^user answer'),
    ('self_answered', r'^self-answered'),
    ('guidance_does_not_answer', r'^guidance does not answer this'),
    ('agreement_or_thanks_to_commenter', r'^(agreement|thanks) aimed at another commenter'),
    ('banter_joke', r'^(banter|joke)'),
    ('tip_agrees', r'^tip'),
    ('user_to_user', r'^user-to-user'),
    ('tag', r'^tag of a friend'),
    ('competitor_praise', r'^praise of a competitor'),
    ('off_topic', r'^off-topic'),
]
errors = []
def err(msg): errors.append(msg)

brands = yaml.safe_load(open(os.path.join(HERE, 'brands.yaml'), encoding='utf-8'))
passages = {}
for bkey, b in brands.items():
    for k in ('name', 'objective_default', 'terms', 'competitors', 'guidance'):
        if k not in b: err(f'brand {bkey}: missing {k}')
    langs = set(); kinds = Counter()
    g = b.get('guidance', [])
    if not 14 <= len(g) <= 20: err(f'brand {bkey}: {len(g)} passages (need 14-20)')
    for p in g:
        if p['id'] in passages: err(f'duplicate passage id {p["id"]}')
        if not re.fullmatch(rf'{bkey}-g\d\d', p['id']): err(f'bad passage id {p["id"]}')
        if p['kind'] not in KINDS: err(f'{p["id"]}: bad kind {p["kind"]}')
        if p['language'] not in LANGS: err(f'{p["id"]}: bad language')
        langs.add(p['language']); kinds[p['kind']] += 1
        passages[p['id']] = dict(p, brand=bkey)
    if langs != LANGS: err(f'brand {bkey}: guidance languages {langs}')
    for k in KINDS:
        if not kinds[k]: err(f'brand {bkey}: no {k} passage')

ids = set(); by_plan = Counter(); by_lang = Counter(); table = Counter()
none_kinds = Counter(); extra = Counter(); nthreads = 0; obj = Counter(); threads_per_brand = Counter()
for path in sorted(glob.glob(os.path.join(HERE, 'threads', '*.yaml'))):
    bkey = os.path.basename(path)[:-5]
    if bkey not in brands: err(f'{path}: unknown brand'); continue
    threads = yaml.safe_load(open(path, encoding='utf-8'))
    for t in threads:
        nthreads += 1; threads_per_brand[bkey] += 1
        tid = t['id']
        if not re.fullmatch(rf'{bkey}-\d\d', tid): err(f'bad thread id {tid}')
        if tid in ids: err(f'duplicate id {tid}')
        ids.add(tid)
        if t['platform'] not in PLATFORMS: err(f'{tid}: bad platform')
        if t['objective'] not in OBJECTIVES: err(f'{tid}: bad objective')
        obj[t['objective']] += 1
        for k in ('title', 'body'):
            if not t.get(k): err(f'{tid}: empty {k}')
        cs = t['comments']
        if not 13 <= len(cs) <= 18: err(f'{tid}: {len(cs)} comments (need 13-18)')
        seen = []
        for c in cs:
            cid = c['id']
            if not cid.startswith(tid + '-c'): err(f'{cid}: bad comment id')
            if cid in ids: err(f'duplicate id {cid}')
            ids.add(cid)
            for k in ('author', 'parent', 'language', 'text', 'plan', 'reason', 'passages', 'fact', 'purchase_intent'):
                if k not in c: err(f'{cid}: missing {k}')
            if c['parent'] is not None and c['parent'] not in seen: err(f'{cid}: parent {c["parent"]} not an earlier comment of {tid}')
            if c['plan'] not in PLANS: err(f'{cid}: bad plan {c["plan"]}')
            if c['language'] not in LANGS: err(f'{cid}: bad language {c["language"]}')
            if not isinstance(c['purchase_intent'], bool): err(f'{cid}: purchase_intent not bool')
            if not c['reason'] or '\n' in c['reason']: err(f'{cid}: reason must be one line')
            plan = c['plan']
            if plan in ('answer', 'correct'):
                if not c['passages']: err(f'{cid}: {plan} without passages')
                if not c['fact']: err(f'{cid}: {plan} without fact')
                for pid in c['passages']:
                    if pid not in passages: err(f'{cid}: unknown passage {pid}')
                    elif passages[pid]['brand'] != bkey: err(f'{cid}: passage {pid} from another brand')
                    elif passages[pid]['kind'] == 'campaign' and not (plan == 'answer' and c['purchase_intent'] and t['objective'] == 'sales'):
                        err(f'{cid}: campaign passage {pid} outside a purchase-intent answer in a sales thread')
                if c['fact'] and not any(c['fact'] in passages[p]['text'] for p in c['passages'] if p in passages):
                    err(f'{cid}: fact {c["fact"]!r} not verbatim in {c["passages"]}')
                if c['fact'] and len(c['fact']) > 70: err(f'{cid}: fact too long')
            else:
                if c['passages'] != []: err(f'{cid}: {plan} must have passages: []')
                if c['fact'] is not None: err(f'{cid}: {plan} must have fact: null')
            m = re.match(r'^already answered by (\S+?):', c['reason'])
            if m:
                if m.group(1) not in seen: err(f'{cid}: already answered by {m.group(1)}, not an earlier comment')
            elif 'already answered by' in c['reason']: err(f'{cid}: malformed "already answered by"')
            if plan == 'none':
                for name, rx in NONE_KINDS:
                    if re.match(rx, c['reason']):
                        none_kinds[name] += 1; break
                else:
                    none_kinds['other'] += 1
            if plan == 'acknowledge' and c['reason'].startswith('sarcasm'): extra['sarcasm'] += 1
            if plan == 'acknowledge' and 'already contacted' in c['reason']: extra['ack_already_contacted_support'] += 1
            if plan == 'acknowledge' and 'asks a price' in c['reason']: extra['ack_complaint_asking_price'] += 1
            if plan == 'answer' and c['purchase_intent'] and t['objective'] == 'sales': extra['answer_pi_in_sales'] += 1
            by_plan[plan] += 1; by_lang[c['language']] += 1; table[(plan, c['language'])] += 1
            seen.append(cid)

total = sum(by_plan.values())
MIN_PLAN = {'answer': 100, 'correct': 20, 'acknowledge': 35, 'thank': 25, 'none': 130}
for p, n in MIN_PLAN.items():
    if by_plan[p] < n: err(f'plan {p}: {by_plan[p]} < {n}')
MIN_NONE = {'already_answered': 15, 'guidance_does_not_answer': 25, 'agreement_or_thanks_to_commenter': 20,
            'banter_joke': 15, 'tip_agrees': 10, 'user_to_user': 10}
for k, n in MIN_NONE.items():
    if none_kinds[k] < n: err(f'none kind {k}: {none_kinds[k]} < {n}')
if extra['sarcasm'] < 6: err(f'sarcasm {extra["sarcasm"]} < 6')
if extra['answer_pi_in_sales'] < 40: err(f'answer with purchase intent in sales threads {extra["answer_pi_in_sales"]} < 40')
if total < 300: err(f'{total} comments < 300')
if nthreads != 24 or any(v != 8 for v in threads_per_brand.values()) or len(threads_per_brand) != 3:
    err(f'threads: {nthreads} {dict(threads_per_brand)}')
if max(by_lang.values()) > 1.25 * min(by_lang.values()): err(f'languages unbalanced {dict(by_lang)}')

langs = ['fi', 'sv', 'en']
print(f'{"plan":<13}' + ''.join(f'{l:>6}' for l in langs) + f'{"total":>7}')
for p in ['answer', 'correct', 'acknowledge', 'thank', 'none']:
    print(f'{p:<13}' + ''.join(f'{table[(p, l)]:>6}' for l in langs) + f'{by_plan[p]:>7}')
print(f'{"total":<13}' + ''.join(f'{by_lang[l]:>6}' for l in langs) + f'{total:>7}')
print(f'threads: {nthreads} {dict(threads_per_brand)}; objectives: {dict(obj)}; passages: {len(passages)}')
print('none kinds: ' + ', '.join(f'{k}={v}' for k, v in sorted(none_kinds.items())))
print('other: ' + ', '.join(f'{k}={v}' for k, v in sorted(extra.items())))
if errors:
    print(f'\n{len(errors)} ERROR(S):')
    for e in errors: print('  ' + e)
    sys.exit(1)
print('OK')
