#!/usr/bin/env python3
"""Validator for the reply-plans-ag blind evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {'answer', 'correct', 'acknowledge', 'thank', 'none'}
LANGS = {'fi', 'sv', 'en'}
KINDS = {'fact', 'faq', 'support', 'campaign', 'voice', 'disclosure'}
PLATFORMS = {'instagram', 'facebook', 'tiktok', 'x', 'linkedin', 'youtube', 'reddit'}
OBJECTIVES = {'sales', 'trust', 'awareness', 'behaviour_change'}
errors = []
def err(msg): errors.append(msg)

with open(os.path.join(HERE, 'brands.yaml'), encoding='utf-8') as f:
    brands = yaml.safe_load(f)
passages = {}
for key, b in brands.items():
    for fld in ('name', 'objective_default', 'terms', 'competitors', 'guidance'):
        if fld not in b: err(f'brand {key}: missing {fld}')
    g = b.get('guidance') or []
    if not 14 <= len(g) <= 20: err(f'brand {key}: {len(g)} passages (want 14-20)')
    langs = {p['language'] for p in g}
    if langs != LANGS: err(f'brand {key}: guidance languages {langs}')
    kinds = {p['kind'] for p in g}
    for k in KINDS - kinds: err(f'brand {key}: no {k} passage')
    for p in g:
        if p['id'] in passages: err(f'duplicate passage id {p["id"]}')
        if not p['id'].startswith(key + '-g'): err(f'passage id {p["id"]} not of brand {key}')
        if p['kind'] not in KINDS: err(f'{p["id"]}: bad kind {p["kind"]}')
        if p['language'] not in LANGS: err(f'{p["id"]}: bad language')
        passages[p['id']] = dict(p, brand=key)

counts = collections.Counter(); by_lang = collections.defaultdict(collections.Counter)
kinds_none = collections.Counter(); special = collections.Counter()
ids = set(); n_threads = 0; n_author = 0; n_sales = 0
tdir = os.path.join(HERE, 'threads')
for fn in sorted(os.listdir(tdir)):
    if not fn.endswith('.yaml'): continue
    brand = fn[:-5]
    if brand not in brands: err(f'{fn}: unknown brand'); continue
    with open(os.path.join(tdir, fn), encoding='utf-8') as f:
        threads = yaml.safe_load(f)
    for t in threads:
        n_threads += 1
        tid = t['id']
        if not re.fullmatch(rf'{brand}-\d\d', tid): err(f'bad thread id {tid}')
        if tid in ids: err(f'duplicate id {tid}')
        ids.add(tid)
        if t.get('platform') not in PLATFORMS: err(f'{tid}: bad platform')
        if t.get('objective') not in OBJECTIVES: err(f'{tid}: bad objective')
        for fld in ('title', 'body'):
            if not t.get(fld): err(f'{tid}: missing {fld}')
        if t.get('author'): n_author += 1
        if t.get('objective') == 'sales': n_sales += 1
        cs = t.get('comments') or []
        if not 13 <= len(cs) <= 18: err(f'{tid}: {len(cs)} comments (want 13-18)')
        seen = []
        for c in cs:
            cid = c['id']
            if not re.fullmatch(rf'{tid}-c\d\d', cid): err(f'bad comment id {cid}')
            if cid in ids: err(f'duplicate id {cid}')
            ids.add(cid)
            for fld in ('author', 'parent', 'language', 'text', 'plan', 'reason', 'passages', 'fact', 'purchase_intent'):
                if fld not in c: err(f'{cid}: missing {fld}')
            if c['parent'] is not None and c['parent'] not in seen: err(f'{cid}: parent {c["parent"]} not earlier in thread')
            plan, lang = c['plan'], c['language']
            if plan not in PLANS: err(f'{cid}: bad plan {plan}')
            if lang not in LANGS: err(f'{cid}: bad language {lang}')
            if not isinstance(c['purchase_intent'], bool): err(f'{cid}: purchase_intent not bool')
            if not c.get('reason'): err(f'{cid}: empty reason')
            ps = c.get('passages') or []
            for p in ps:
                if p not in passages: err(f'{cid}: unknown passage {p}')
                elif passages[p]['brand'] != brand: err(f'{cid}: passage {p} of another brand')
            if plan in ('answer', 'correct'):
                if not ps: err(f'{cid}: {plan} without passages')
                if not c.get('fact'): err(f'{cid}: {plan} without fact')
                elif not any(c['fact'] in passages[p]['text'] for p in ps if p in passages):
                    err(f'{cid}: fact {c["fact"]!r} not verbatim in {ps}')
                elif len(c['fact']) > 60: err(f'{cid}: fact too long')
            else:
                if ps or c.get('fact') is not None: err(f'{cid}: {plan} must have passages [] and fact null')
            for p in ps:
                if p in passages and passages[p]['kind'] == 'campaign':
                    if not (plan == 'answer' and c['purchase_intent'] and t['objective'] == 'sales'):
                        err(f'{cid}: campaign passage outside a purchase-intent answer in a sales thread')
            r = c['reason']
            m = re.match(r'already answered by (\S+?)[:\s,]', r + ' ')
            if r.startswith('already answered by'):
                if not m or m.group(1) not in seen: err(f'{cid}: "already answered by" must name an earlier comment in the thread')
                if plan != 'none': err(f'{cid}: already answered must be none')
            if plan == 'none':
                for kind, pat in [('already answered', r'^already answered by'), ('self-answered', r'^self-answered'),
                                  ('correct user answer', r'^correct user answer'),
                                  ('guidance does not answer', r'^guidance does not answer this'),
                                  ('agreement/thanks to commenter', r'^(agreement with|thanks to|thanks aimed at the thread author|sympathy aimed at another)'),
                                  ('banter/jokes/tags', r'^banter'), ('tip agreeing with guidance', r'^tip agreeing with guidance'),
                                  ('user-to-user', r'^user-to-user'), ("others' thread", r"^others' thread"),
                                  ('competitor praise', r'^competitor praise'), ('influencer praise', r'^influencer praise'),
                                  ('off-topic', r'^off-topic')]:
                    if re.match(pat, r): kinds_none[kind] += 1; break
                else: err(f'{cid}: none reason of unknown kind: {r[:40]}')
                if r.startswith("others' thread") and not t.get('author'): err(f"{cid}: others' thread on the brand's own post")
            if plan == 'thank' and t.get('author'): err(f'{cid}: thank in a thread the brand did not write')
            if plan == 'acknowledge':
                if r.startswith('sarcasm'): special['sarcasm (acknowledge)'] += 1
                if 'already' in r and ('contacted' in r or 'e-mailed' in r or 'called' in r): special['already contacted support'] += 1
                if 'also asks a price' in r: special['complaint asking a price'] += 1
            if plan == 'correct' and 'joke' in r: special['wrong claim as a joke'] += 1
            if plan == 'answer' and 'honest no' in r: special['purchase intent, honest no'] += 1
            counts[plan] += 1; by_lang[plan][lang] += 1
            if plan == 'answer' and c['purchase_intent'] and t['objective'] == 'sales': special['answer+intent in sales'] += 1
            seen.append(cid)

total = sum(counts.values())
print(f'threads: {n_threads} (with author: {n_author}, sales: {n_sales}); comments: {total}; passages: {len(passages)}')
print(f'{"plan":<12}{"fi":>6}{"sv":>6}{"en":>6}{"total":>8}')
for p in ['answer', 'correct', 'acknowledge', 'thank', 'none']:
    print(f'{p:<12}' + ''.join(f'{by_lang[p][l]:>6}' for l in ['fi', 'sv', 'en']) + f'{counts[p]:>8}')
lt = collections.Counter()
for p in by_lang: lt.update(by_lang[p])
print(f'{"total":<12}' + ''.join(f'{lt[l]:>6}' for l in ['fi', 'sv', 'en']) + f'{total:>8}')
print('none kinds:', dict(kinds_none))
print('special:', dict(special))

MIN = {'answer': 100, 'correct': 20, 'acknowledge': 35, 'thank': 25, 'none': 130}
for p, m in MIN.items():
    if counts[p] < m: err(f'count {p} = {counts[p]} < {m}')
if total < 300: err(f'only {total} comments')
if n_threads != 24: err(f'{n_threads} threads (want 24)')
for k, m in [('already answered', 15), ('guidance does not answer', 25), ('agreement/thanks to commenter', 20),
             ('banter/jokes/tags', 15), ('tip agreeing with guidance', 10), ('user-to-user', 10)]:
    if kinds_none[k] < m: err(f'none kind {k} = {kinds_none[k]} < {m}')
if special['answer+intent in sales'] < 40: err('answer with purchase intent in sales threads < 40')
if special['sarcasm (acknowledge)'] < 6: err('sarcasm < 6')
for l in LANGS:
    if lt[l] < total * 0.25: err(f'language {l} under-represented ({lt[l]})')
if errors:
    print(f'\n{len(errors)} ERRORS:'); [print(' -', e) for e in errors]; sys.exit(1)
print('\nOK: all checks passed')
