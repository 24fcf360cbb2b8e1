#!/usr/bin/env python3
"""Validator for the reply-plans-v blind evaluation set. Exit 0 when all checks pass."""
import sys, os, re, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = {'answer', 'correct', 'acknowledge', 'thank', 'none'}
LANGS = {'fi', 'sv', 'en'}
KINDS = {'fact', 'faq', 'support', 'campaign', 'voice', 'disclosure'}
OBJECTIVES = {'sales', 'trust', 'awareness', 'behaviour_change'}
PLATFORMS = {'instagram', 'facebook', 'tiktok', 'x', 'linkedin', 'youtube', 'reddit'}
# reason prefixes for `none`, mapped to the kind they count as
NONE_KINDS = [
    ('already answered by', 'already_answered'),
    ('user answer', 'user_answer'),
    ('guidance does not answer this', 'not_in_guidance'),
    ('agreement with another commenter', 'agreement_thanks'),
    ('thanks to another commenter', 'agreement_thanks'),
    ('banter', 'banter'),
    ('tip agreeing with guidance', 'tip'),
    ('user-to-user', 'user_to_user'),
    ("others' thread", 'others_thread'),
    ('competitor praise', 'competitor'),
    ('competitor comparison', 'competitor'),
    ('author praise', 'author_praise'),
    ('tag', 'tag'),
    ('off-topic', 'off_topic'),
]
MIN = {'answer': 100, 'correct': 20, 'acknowledge': 35, 'thank': 25, 'none': 130}
MIN_NONE = {'already_answered': 15, 'not_in_guidance': 25, 'agreement_thanks': 20, 'banter': 15,
            'tip': 10, 'user_to_user': 10}
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load(open(os.path.join(HERE, 'brands.yaml'), encoding='utf-8'))
passages = {}
if len(brands) != 3: err('expected 3 brands')
for bk, b in brands.items():
    for key in ('name', 'objective_default', 'terms', 'competitors', 'guidance'):
        if key not in b: err(f'{bk}: missing {key}')
    g = b.get('guidance', [])
    if not 14 <= len(g) <= 20: err(f'{bk}: {len(g)} passages, want 14-20')
    langs = {p['language'] for p in g}; kinds = {p['kind'] for p in g}
    if langs != LANGS: err(f'{bk}: guidance languages {langs}')
    for k in ('fact', 'faq', 'support', 'campaign', 'voice', 'disclosure'):
        if k not in kinds: err(f'{bk}: no {k} passage')
    for p in g:
        if p['id'] in passages: err(f'duplicate passage id {p["id"]}')
        if not re.fullmatch(rf'{bk}-g\d\d', p['id']): err(f'bad passage id {p["id"]}')
        if p['kind'] not in KINDS: err(f'{p["id"]}: kind {p["kind"]}')
        if p['language'] not in LANGS: err(f'{p["id"]}: language {p["language"]}')
        if p['kind'] == 'campaign' and not re.search(r'\d', p['text']): err(f'{p["id"]}: campaign without price/dates')
        passages[p['id']] = dict(p, brand=bk)

plan_lang = collections.Counter(); plan = collections.Counter(); lang = collections.Counter()
none_kinds = collections.Counter(); sarcasm = 0; already_contacted = 0
answer_pi_sales = 0; n_threads = 0; n_author = 0; n_sales = 0
thread_ids = set(); comment_ids = set()
for bk in brands:
    path = os.path.join(HERE, 'threads', f'{bk}.yaml')
    threads = yaml.safe_load(open(path, encoding='utf-8'))
    if len(threads) != 8: err(f'{bk}: {len(threads)} threads, want 8')
    for t in threads:
        n_threads += 1
        tid = t['id']
        if tid in thread_ids: err(f'duplicate thread {tid}')
        thread_ids.add(tid)
        if not re.fullmatch(rf'{bk}-\d\d', tid): err(f'bad thread id {tid}')
        for key in ('platform', 'objective', 'title', 'body', 'comments'):
            if not t.get(key): err(f'{tid}: missing {key}')
        if t['platform'] not in PLATFORMS: err(f'{tid}: platform {t["platform"]}')
        if t['objective'] not in OBJECTIVES: err(f'{tid}: objective {t["objective"]}')
        sales = t['objective'] == 'sales'; n_sales += sales
        others = 'author' in t; n_author += others
        cs = t['comments']
        if not 13 <= len(cs) <= 18: err(f'{tid}: {len(cs)} comments, want 13-18')
        seen = []
        for i, c in enumerate(cs, 1):
            cid = c['id']
            if cid != f'{tid}-c{i:02d}': err(f'{cid}: expected id {tid}-c{i:02d}')
            if cid in comment_ids: err(f'duplicate comment {cid}')
            comment_ids.add(cid)
            for key in ('author', 'parent', 'language', 'text', 'plan', 'reason', 'passages', 'fact', 'purchase_intent'):
                if key not in c: err(f'{cid}: missing {key}')
            if c['parent'] is not None and c['parent'] not in seen: err(f'{cid}: parent {c["parent"]} not earlier in thread')
            if c['language'] not in LANGS: err(f'{cid}: language {c["language"]}')
            if c['plan'] not in PLANS: err(f'{cid}: plan {c["plan"]}')
            if not isinstance(c['purchase_intent'], bool): err(f'{cid}: purchase_intent not bool')
            if not c['reason'] or '\n' in c['reason']: err(f'{cid}: reason must be one line')
            p = c['plan']; ps = c['passages'] or []
            for pid in ps:
                if pid not in passages: err(f'{cid}: unknown passage {pid}')
                elif passages[pid]['brand'] != bk: err(f'{cid}: passage {pid} of another brand')
            if p in ('answer', 'correct'):
                if not ps: err(f'{cid}: {p} without passages')
                f = c['fact']
                if not f or not isinstance(f, str): err(f'{cid}: {p} without fact')
                elif not any(f in passages[x]['text'] for x in ps if x in passages):
                    err(f'{cid}: fact {f!r} not verbatim in {ps}')
                elif len(f) > 80: err(f'{cid}: fact too long')
                for x in ps:
                    if x in passages and passages[x]['kind'] in ('voice', 'disclosure'):
                        err(f'{cid}: cites a {passages[x]["kind"]} passage')
            else:
                if ps or c['fact'] is not None: err(f'{cid}: {p} must have passages [] and fact null')
            for x in ps:
                if x in passages and passages[x]['kind'] == 'campaign':
                    if not (p == 'answer' and c['purchase_intent'] and sales):
                        err(f'{cid}: campaign passage outside an answer with purchase intent in a sales thread')
            if p == 'thank' and others: err(f"{cid}: thank in others' thread (should be none)")
            r = c['reason'].lower()
            if p == 'none':
                kind = next((k for pre, k in NONE_KINDS if r.startswith(pre)), None)
                if kind is None: err(f'{cid}: none reason has no known kind: {c["reason"]!r}')
                none_kinds[kind] += 1
                if kind == 'already_answered':
                    m = re.match(r'already answered by (\S+?):', c['reason'])
                    if not m or m.group(1) not in seen: err(f'{cid}: already answered by a non-earlier comment')
            if p == 'acknowledge':
                if r.startswith('sarcasm'): sarcasm += 1
                if 'already contacted' in r: already_contacted += 1
            if p == 'answer' and c['purchase_intent'] and sales: answer_pi_sales += 1
            plan[p] += 1; lang[c['language']] += 1; plan_lang[(p, c['language'])] += 1
            seen.append(cid)

total = sum(plan.values())
if n_threads != 24: err(f'{n_threads} threads, want 24')
if total < 300: err(f'{total} comments, want >= 300')
if not 9 <= n_sales <= 11: err(f'{n_sales} sales threads, want about 10')
if not 10 <= n_author <= 14: err(f'{n_author} threads with author, want about half')
for k, v in MIN.items():
    if plan[k] < v: err(f'plan {k}: {plan[k]} < {v}')
if answer_pi_sales < 40: err(f'answers with purchase intent in sales threads: {answer_pi_sales} < 40')
for k, v in MIN_NONE.items():
    if none_kinds[k] < v: err(f'none kind {k}: {none_kinds[k]} < {v}')
if sarcasm < 6: err(f'sarcasm (acknowledge): {sarcasm} < 6')
if already_contacted < 5: err(f'already-contacted complaints: {already_contacted} < 5')
if min(lang.values()) < total * 0.28: err(f'languages not roughly equal: {dict(lang)}')

print(f'{"plan":<12}' + ''.join(f'{l:>6}' for l in ('fi', 'sv', 'en')) + f'{"total":>7}')
for p in ('answer', 'correct', 'acknowledge', 'thank', 'none'):
    print(f'{p:<12}' + ''.join(f'{plan_lang[(p, l)]:>6}' for l in ('fi', 'sv', 'en')) + f'{plan[p]:>7}')
print(f'{"total":<12}' + ''.join(f'{lang[l]:>6}' for l in ('fi', 'sv', 'en')) + f'{total:>7}')
print(f'threads {n_threads} (sales {n_sales}, with author {n_author}); answers with purchase intent in sales threads {answer_pi_sales}')
print('none kinds: ' + ', '.join(f'{k} {v}' for k, v in sorted(none_kinds.items())))
print(f'sarcasm {sarcasm}; already-contacted complaints {already_contacted}')
if errors:
    print(f'\n{len(errors)} ERROR(S):'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
