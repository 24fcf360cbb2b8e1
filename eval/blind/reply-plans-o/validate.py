#!/usr/bin/env python3
"""Validator for the reply-plans-o blind evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {'answer', 'correct', 'acknowledge', 'thank', 'none'}
LANGS = {'fi', 'sv', 'en'}
KINDS = {'fact', 'faq', 'support', 'campaign', 'voice', 'disclosure'}
PLATFORMS = {'instagram', 'facebook', 'tiktok', 'x', 'linkedin', 'youtube', 'reddit'}
OBJECTIVES = {'sales', 'trust', 'awareness', 'behaviour_change'}
NONE_KINDS = ['already answered by', 'user answer', 'guidance does not answer this', 'agreement with another commenter',
              'thanks to another commenter', 'agreement with post', 'banter', 'tag', 'tip agreeing with guidance',
              'user-to-user', 'competitor praise', 'influencer praise', 'off-topic']
errors = []
def err(msg): errors.append(msg)

brands = yaml.safe_load(open(os.path.join(HERE, 'brands.yaml'), encoding='utf-8'))
passages = {}          # id -> (brand, kind, text)
for bk, b in brands.items():
    for key in ('name', 'objective_default', 'terms', 'competitors', 'guidance'):
        if key not in b: err(f'brand {bk}: missing {key}')
    g = b.get('guidance', [])
    if not 14 <= len(g) <= 20: err(f'brand {bk}: {len(g)} guidance passages (want 14-20)')
    if {x['language'] for x in g} != LANGS: err(f'brand {bk}: guidance does not cover fi, sv and en')
    if {x['kind'] for x in g} != KINDS: err(f'brand {bk}: guidance kinds {sorted({x["kind"] for x in g})}')
    for x in g:
        if not re.fullmatch(rf'{bk}-g\d\d', x['id']): err(f'bad passage id {x["id"]}')
        if x['id'] in passages: err(f'duplicate passage id {x["id"]}')
        if x['kind'] not in KINDS: err(f'{x["id"]}: bad kind')
        if x['language'] not in LANGS: err(f'{x["id"]}: bad language')
        passages[x['id']] = (bk, x['kind'], x['text'])

cnt = collections.Counter(); sub = collections.Counter()
seen_ids = set(); n_threads = collections.Counter(); n_author = 0; pi_sales_answers = 0; total = 0
for bk in brands:
    path = os.path.join(HERE, 'threads', f'{bk}.yaml')
    threads = yaml.safe_load(open(path, encoding='utf-8'))
    for t in threads:
        tid = t['id']
        if not re.fullmatch(rf'{bk}-\d\d', tid): err(f'bad thread id {tid}')
        if tid in seen_ids: err(f'duplicate id {tid}')
        seen_ids.add(tid); n_threads[bk] += 1
        for key in ('platform', 'objective', 'title', 'body', 'comments'):
            if not t.get(key): err(f'{tid}: missing {key}')
        if t['platform'] not in PLATFORMS: err(f'{tid}: bad platform')
        if t['objective'] not in OBJECTIVES: err(f'{tid}: bad objective')
        if 'author' in t:
            n_author += 1
            if not t['author']: err(f'{tid}: empty author')
        cs = t['comments']
        if not 13 <= len(cs) <= 18: err(f'{tid}: {len(cs)} comments (want 13-18)')
        earlier = {}
        for c in cs:
            cid = c['id']; total += 1
            if not re.fullmatch(rf'{tid}-c\d\d', cid): err(f'bad comment id {cid}')
            if cid in seen_ids: err(f'duplicate id {cid}')
            seen_ids.add(cid)
            for key in ('author', 'language', 'text', 'plan', 'reason'):
                if not c.get(key): err(f'{cid}: missing {key}')
            for key in ('parent', 'passages', 'fact', 'purchase_intent'):
                if key not in c: err(f'{cid}: missing {key}')
            if c['parent'] is not None and c['parent'] not in earlier:
                err(f'{cid}: parent {c["parent"]} is not an earlier comment of {tid}')
            plan, lang, reason = c['plan'], c['language'], c['reason']
            if plan not in PLANS: err(f'{cid}: bad plan {plan}')
            if lang not in LANGS: err(f'{cid}: bad language {lang}')
            if not isinstance(c['purchase_intent'], bool): err(f'{cid}: purchase_intent not bool')
            ps = c['passages'] or []
            for p in ps:
                if p not in passages: err(f'{cid}: unknown passage {p}')
                elif passages[p][0] != bk: err(f'{cid}: passage {p} belongs to another brand')
                elif passages[p][1] == 'campaign' and not (plan == 'answer' and c['purchase_intent'] and t['objective'] == 'sales'):
                    err(f'{cid}: campaign passage {p} outside an answer with purchase intent in a sales thread')
            if plan in ('answer', 'correct'):
                if not ps: err(f'{cid}: {plan} without passages')
                f = c['fact']
                if not f: err(f'{cid}: {plan} without fact')
                elif not any(f in passages[p][2] for p in ps if p in passages):
                    err(f'{cid}: fact {f!r} not verbatim in {ps}')
                if plan == 'answer' and c['purchase_intent'] and t['objective'] == 'sales': pi_sales_answers += 1
            else:
                if ps: err(f'{cid}: {plan} must have passages: []')
                if c['fact'] is not None: err(f'{cid}: {plan} must have fact: null')
            if plan == 'none':
                kind = next((k for k in NONE_KINDS if reason.startswith(k)), None)
                if not kind: err(f'{cid}: none reason does not start with a known kind: {reason[:50]!r}')
                else: sub[kind] += 1
            if plan == 'acknowledge' and reason.startswith('sarcasm'): sub['sarcasm (acknowledge)'] += 1
            if plan == 'acknowledge' and 'already contacted' in reason: sub['already contacted (acknowledge)'] += 1
            for m in re.finditer(r'already answered by (\S+?):', reason):
                ref = m.group(1)
                if ref not in earlier: err(f'{cid}: "already answered by {ref}" is not an earlier comment of {tid}')
            earlier[cid] = c
            cnt[(plan, lang)] += 1; cnt[plan] += 1; cnt[lang] += 1

for bk in brands:
    if n_threads[bk] != 8: err(f'brand {bk}: {n_threads[bk]} threads (want 8)')
if total < 300: err(f'only {total} comments')
mins = {'answer': 100, 'correct': 20, 'acknowledge': 35, 'thank': 25, 'none': 130}
for p, m in mins.items():
    if cnt[p] < m: err(f'{p}: {cnt[p]} < {m}')
if pi_sales_answers < 40: err(f'answers with purchase intent in sales threads: {pi_sales_answers} < 40')
submins = {'already answered by': 15, 'user answer': 15, 'guidance does not answer this': 25, 'banter': 15,
           'tip agreeing with guidance': 10, 'sarcasm (acknowledge)': 6, 'user-to-user': 10}
for k, m in submins.items():
    if sub[k] < m: err(f'none kind {k}: {sub[k]} < {m}')
agree = sub['agreement with another commenter'] + sub['thanks to another commenter']
if agree < 20: err(f'agreement/thanks to another commenter: {agree} < 20')
for l in LANGS:
    if not 0.25 <= cnt[l] / total <= 0.42: err(f'language {l} share {cnt[l]/total:.2f} out of balance')

print(f'{"plan":<12}' + ''.join(f'{l:>6}' for l in ('fi', 'sv', 'en')) + f'{"total":>7}')
for p in ('answer', 'correct', 'acknowledge', 'thank', 'none'):
    print(f'{p:<12}' + ''.join(f'{cnt[(p, l)]:>6}' for l in ('fi', 'sv', 'en')) + f'{cnt[p]:>7}')
print(f'{"total":<12}' + ''.join(f'{cnt[l]:>6}' for l in ('fi', 'sv', 'en')) + f'{total:>7}')
print(f'threads: {sum(n_threads.values())} ({dict(n_threads)}), with author: {n_author}; answers with purchase intent in sales threads: {pi_sales_answers}')
print('none/acknowledge kinds: ' + ', '.join(f'{k}={v}' for k, v in sorted(sub.items())) + f'; agreement+thanks to commenter={agree}')
if errors:
    print(f'\n{len(errors)} ERROR(S):'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
