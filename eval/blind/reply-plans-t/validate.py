#!/usr/bin/env python3
"""Validator for the reply-plans-t evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, glob
from collections import Counter, defaultdict
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = ['answer', 'correct', 'acknowledge', 'thank', 'none']
LANGS = ['fi', 'sv', 'en']
KINDS = {'fact', 'faq', 'support', 'campaign', 'voice', 'disclosure'}
PLATFORMS = {'instagram', 'facebook', 'tiktok', 'x', 'linkedin', 'youtube', 'reddit'}
OBJECTIVES = {'sales', 'trust', 'awareness', 'behaviour_change'}
NONE_KINDS = [  # (reason prefix, kind)
    ('already answered by', 'already_answered'), ('self-answered', 'self_answered'),
    ('user answer', 'user_answer'), ('guidance does not answer this', 'guidance_does_not_answer'),
    ('agreement', 'agreement_or_thanks_to_commenter'), ('banter', 'banter'), ('tip', 'tip_agrees'),
    ('user-to-user', 'user_to_user'), ("others' thread", 'others_thread_praise'),
    ('influencer praise', 'influencer_praise'), ('competitor', 'competitor'),
    ('off-topic', 'off_topic'), ('tag', 'tag')]
MINIMA = {'answer': 100, 'correct': 20, 'acknowledge': 35, 'thank': 25, 'none': 130}
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, 'brands.yaml'), encoding='utf-8'))
passages = {}
for bk, b in brands.items():
    for k in ('name', 'objective_default', 'terms', 'competitors', 'guidance'):
        if k not in b: err(f'brand {bk}: missing {k}')
    g = b.get('guidance', [])
    if not 14 <= len(g) <= 20: err(f'brand {bk}: {len(g)} passages, want 14-20')
    langs, kinds = set(), set()
    for p in g:
        if not re.fullmatch(rf'{bk}-g\d\d', p['id']): err(f'bad passage id {p["id"]}')
        if p['id'] in passages: err(f'duplicate passage id {p["id"]}')
        if p['kind'] not in KINDS: err(f'{p["id"]}: bad kind {p["kind"]}')
        if p['language'] not in LANGS: err(f'{p["id"]}: bad language')
        passages[p['id']] = dict(p, brand=bk); langs.add(p['language']); kinds.add(p['kind'])
    if langs != set(LANGS): err(f'brand {bk}: languages {langs}')
    if kinds != KINDS: err(f'brand {bk}: missing kinds {KINDS - kinds}')

ids = set(); plan_lang = Counter(); none_kinds = Counter(); n_threads = 0
stats = Counter(); per_brand_threads = Counter()
for path in sorted(glob.glob(os.path.join(HERE, 'threads', '*.yaml'))):
    bk = os.path.basename(path)[:-5]
    if bk not in brands: err(f'{path}: unknown brand'); continue
    threads = yaml.safe_load(open(path, encoding='utf-8'))
    for t in threads:
        n_threads += 1; per_brand_threads[bk] += 1
        tid = t['id']
        if not re.fullmatch(rf'{bk}-\d\d', tid): err(f'bad thread id {tid}')
        if tid in ids: err(f'duplicate id {tid}')
        ids.add(tid)
        for k in ('platform', 'objective', 'title', 'body', 'comments'):
            if k not in t: err(f'{tid}: missing {k}')
        if t['platform'] not in PLATFORMS: err(f'{tid}: bad platform')
        if t['objective'] not in OBJECTIVES: err(f'{tid}: bad objective')
        stats['sales_threads'] += t['objective'] == 'sales'
        stats['threads_with_author'] += 'author' in t
        cs = t['comments']
        if not 13 <= len(cs) <= 18: err(f'{tid}: {len(cs)} comments, want 13-18')
        seen = []
        for c in cs:
            cid = c['id']
            if not re.fullmatch(rf'{tid}-c\d\d', cid): err(f'bad comment id {cid}')
            if cid in ids: err(f'duplicate id {cid}')
            ids.add(cid)
            for k in ('author', 'parent', 'language', 'text', 'plan', 'reason', 'passages', 'fact', 'purchase_intent'):
                if k not in c: err(f'{cid}: missing {k}')
            if c['parent'] is not None and c['parent'] not in seen: err(f'{cid}: parent {c["parent"]} not an earlier comment in thread')
            if c['language'] not in LANGS: err(f'{cid}: bad language')
            if c['plan'] not in PLANS: err(f'{cid}: bad plan'); continue
            if not isinstance(c['purchase_intent'], bool): err(f'{cid}: purchase_intent not bool')
            if not c['reason'] or '\n' in c['reason']: err(f'{cid}: reason must be one line')
            plan = c['plan']; plan_lang[(plan, c['language'])] += 1
            if plan in ('answer', 'correct'):
                if not c['passages']: err(f'{cid}: {plan} without passages')
                if not c['fact']: err(f'{cid}: {plan} without fact')
                for pid in c['passages']:
                    if pid not in passages: err(f'{cid}: unknown passage {pid}')
                    elif passages[pid]['brand'] != bk: err(f'{cid}: passage {pid} of another brand')
                if c['fact'] and not any(c['fact'] in passages[p]['text'] for p in c['passages'] if p in passages):
                    err(f'{cid}: fact {c["fact"]!r} not verbatim in listed passages')
                if c['fact'] and len(c['fact']) > 60: err(f'{cid}: fact too long')
            else:
                if c['passages'] != [] or c['fact'] is not None: err(f'{cid}: {plan} must have passages [] and fact null')
            for pid in c['passages']:
                if pid in passages and passages[pid]['kind'] == 'campaign':
                    if not (plan == 'answer' and c['purchase_intent'] and t['objective'] == 'sales'):
                        err(f'{cid}: campaign passage outside answer+purchase intent+sales thread')
            lm = re.search(r'fact only in (Finnish|Swedish|English)', c['reason'])
            if lm:
                fl = {'Finnish': 'fi', 'Swedish': 'sv', 'English': 'en'}[lm.group(1)]
                if c['language'] == fl: err(f'{cid}: reason says fact only in {lm.group(1)} but comment is in it too')
                if not any(passages[p]['language'] == fl for p in c['passages'] if p in passages): err(f'{cid}: no {fl} passage listed')
                stats['cross_language_answers'] += 1
            if plan == 'thank' and 'author' in t: err(f'{cid}: thank in a thread the brand did not write')
            if plan == 'answer' and c['purchase_intent'] and t['objective'] == 'sales': stats['answer_pi_sales'] += 1
            r = c['reason']
            m = re.search(r'already answered by ([\w-]+)', r)
            if m:
                if m.group(1) not in seen: err(f'{cid}: "already answered by {m.group(1)}" is not an earlier comment in {tid}')
            if plan == 'none':
                kind = next((k for pre, k in NONE_KINDS if r.startswith(pre)), None)
                if kind is None: err(f'{cid}: none reason has unknown kind: {r[:40]}')
                else: none_kinds[kind] += 1
            if plan == 'acknowledge' and r.startswith('sarcasm'): stats['sarcasm_acknowledge'] += 1
            if plan == 'acknowledge' and re.search(r'already (e-mailed|called|contacted|sent)', r): stats['ack_already_contacted'] += 1
            if plan == 'acknowledge' and 'also asks a price' in r: stats['ack_with_price_question'] += 1
            seen.append(cid)

total = sum(plan_lang.values())
byplan = Counter(); bylang = Counter()
for (p, l), n in plan_lang.items(): byplan[p] += n; bylang[l] += n
checks = [(f'{p} >= {m}', byplan[p] >= m) for p, m in MINIMA.items()]
checks += [('comments >= 300', total >= 300), ('threads == 24 (8 per brand)', n_threads == 24 and all(v == 8 for v in per_brand_threads.values())),
           ('brands == 3', len(brands) == 3),
           ('answer with purchase intent in sales threads >= 40', stats['answer_pi_sales'] >= 40),
           ('already answered + self-answered >= 15', none_kinds['already_answered'] + none_kinds['self_answered'] >= 15),
           ('guidance does not answer >= 25', none_kinds['guidance_does_not_answer'] >= 25),
           ('agreement/thanks to commenter >= 20', none_kinds['agreement_or_thanks_to_commenter'] >= 20),
           ('banter >= 15', none_kinds['banter'] >= 15), ('tips >= 10', none_kinds['tip_agrees'] >= 10),
           ('sarcasm (acknowledge) >= 6', stats['sarcasm_acknowledge'] >= 6),
           ('user-to-user >= 10', none_kinds['user_to_user'] >= 10),
           ('languages roughly equal (each >= 25%)', all(bylang[l] >= 0.25 * total for l in LANGS))]
for name, ok in checks:
    if not ok: err(f'minimum not met: {name}')

print(f'{"plan":<12}' + ''.join(f'{l:>6}' for l in LANGS) + f'{"total":>7}')
for p in PLANS:
    print(f'{p:<12}' + ''.join(f'{plan_lang[(p, l)]:>6}' for l in LANGS) + f'{byplan[p]:>7}')
print(f'{"total":<12}' + ''.join(f'{bylang[l]:>6}' for l in LANGS) + f'{total:>7}')
print('\nnone kinds:', ', '.join(f'{k}={none_kinds[k]}' for _, k in NONE_KINDS))
print('other:', ', '.join(f'{k}={v}' for k, v in sorted(stats.items())), f', threads={n_threads}, passages={len(passages)}')
print('\nchecks:'); [print(f'  [{"ok" if ok else "FAIL"}] {n}') for n, ok in checks]
if errors:
    print(f'\n{len(errors)} ERROR(S):'); [print('  -', e) for e in errors]; sys.exit(1)
print('\nOK'); sys.exit(0)
