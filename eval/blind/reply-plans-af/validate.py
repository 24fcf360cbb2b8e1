#!/usr/bin/env python3
"""Validator for the reply-plans-af evaluation set. Run: python3 validate.py (exit 0 = OK)."""
import os, re, sys, glob
from collections import Counter
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = ['answer', 'correct', 'acknowledge', 'thank', 'none']
LANGS = ['fi', 'sv', 'en']
KINDS = {'fact', 'faq', 'support', 'campaign', 'voice', 'disclosure'}
PLATFORMS = {'instagram', 'facebook', 'tiktok', 'x', 'linkedin', 'youtube', 'reddit'}
OBJECTIVES = {'sales', 'trust', 'awareness', 'behaviour_change'}
NONE_KINDS = [  # reason prefix -> kind bucket
    ('already answered by ', 'already_answered'), ('answers themselves:', 'self_answered'),
    ('guidance does not answer this', 'guidance_does_not_answer'),
    ('agreement:', 'agreement_or_thanks_to_commenter'), ('thanks to commenter:', 'agreement_or_thanks_to_commenter'),
    ('banter:', 'banter'), ('tip:', 'tip'), ('user-to-user:', 'user_to_user'), ('tag:', 'tag'),
    ("others' thread:", 'others_thread_praise'), ('competitor praise:', 'competitor_praise'),
    ('influencer praise:', 'influencer_praise'), ('off-topic:', 'off_topic'),
]
MINIMA = {'comments': 300, 'answer': 100, 'answer_pi_sales': 40, 'correct': 20, 'acknowledge': 35, 'thank': 25,
          'none': 130, 'already_answered+self_answered': 15, 'already_answered': 15, 'guidance_does_not_answer': 25,
          'agreement_or_thanks_to_commenter': 20, 'banter': 15, 'tip': 10, 'sarcasm': 6, 'user_to_user': 10,
          'already_contacted_support': 3}
errors = []
def err(msg):
    errors.append(msg)

def main():
    brands = yaml.safe_load(open(os.path.join(HERE, 'brands.yaml'), encoding='utf-8'))
    passages, ids = {}, set()
    if len(brands) != 3:
        err(f'expected 3 brands, got {len(brands)}')
    for key, b in brands.items():
        for f in ('name', 'objective_default', 'terms', 'competitors', 'guidance'):
            if f not in b:
                err(f'{key}: missing {f}')
        g = b.get('guidance', [])
        if not 14 <= len(g) <= 20:
            err(f'{key}: {len(g)} guidance passages (want 14-20)')
        langs, kinds = set(), Counter()
        for p in g:
            if p['id'] in ids:
                err(f'duplicate passage id {p["id"]}')
            ids.add(p['id'])
            if not re.fullmatch(rf'{re.escape(key)}-g\d\d', p['id']):
                err(f'bad passage id {p["id"]}')
            if p['kind'] not in KINDS:
                err(f'{p["id"]}: bad kind {p["kind"]}')
            if p['language'] not in LANGS:
                err(f'{p["id"]}: bad language')
            langs.add(p['language']); kinds[p['kind']] += 1
            passages[p['id']] = (key, p)
        if langs != set(LANGS):
            err(f'{key}: guidance languages {sorted(langs)}')
        for k in KINDS:
            if not kinds[k]:
                err(f'{key}: no {k} passage')

    counts, table, none_kinds, extra = Counter(), Counter(), Counter(), Counter()
    thread_ids, comment_ids, n_threads, n_author, n_sales = set(), set(), 0, 0, 0
    per_brand_threads = Counter()
    for path in sorted(glob.glob(os.path.join(HERE, 'threads', '*.yaml'))):
        brand = os.path.basename(path)[:-5]
        if brand not in brands:
            err(f'{path}: unknown brand'); continue
        threads = yaml.safe_load(open(path, encoding='utf-8'))
        for t in threads:
            n_threads += 1; per_brand_threads[brand] += 1
            tid = t['id']
            if tid in thread_ids: err(f'duplicate thread {tid}')
            thread_ids.add(tid)
            if not re.fullmatch(rf'{brand}-\d\d', tid): err(f'bad thread id {tid}')
            if t.get('platform') not in PLATFORMS: err(f'{tid}: bad platform')
            if t.get('objective') not in OBJECTIVES: err(f'{tid}: bad objective')
            for f in ('title', 'body'):
                if not t.get(f): err(f'{tid}: missing {f}')
            has_author = bool(t.get('author'))
            n_author += has_author
            sales = t['objective'] == 'sales'
            n_sales += sales
            cs = t.get('comments', [])
            if not 13 <= len(cs) <= 18: err(f'{tid}: {len(cs)} comments (want 13-18)')
            seen = []
            for c in cs:
                cid = c['id']
                if cid in comment_ids: err(f'duplicate comment {cid}')
                comment_ids.add(cid)
                if not re.fullmatch(rf'{re.escape(tid)}-c\d\d', cid): err(f'bad comment id {cid}')
                for f in ('author', 'parent', 'language', 'text', 'plan', 'reason', 'passages', 'fact', 'purchase_intent'):
                    if f not in c: err(f'{cid}: missing {f}')
                if c['parent'] is not None and c['parent'] not in seen:
                    err(f'{cid}: parent {c["parent"]} is not an earlier comment in the thread')
                plan, lang = c['plan'], c['language']
                if plan not in PLANS: err(f'{cid}: bad plan {plan}')
                if lang not in LANGS: err(f'{cid}: bad language {lang}')
                if not isinstance(c['purchase_intent'], bool): err(f'{cid}: purchase_intent not bool')
                if not c.get('reason') or not c.get('text'): err(f'{cid}: empty reason/text')
                ps, fact = c['passages'], c['fact']
                if plan in ('answer', 'correct'):
                    if not ps: err(f'{cid}: {plan} without passages')
                    if not fact: err(f'{cid}: {plan} without fact')
                    for p in ps:
                        if p not in passages: err(f'{cid}: unknown passage {p}')
                        elif passages[p][0] != brand: err(f'{cid}: passage {p} of another brand')
                    if fact and not any(p in passages and fact in passages[p][1]['text'] for p in ps):
                        err(f'{cid}: fact {fact!r} not verbatim in {ps}')
                    if fact and len(fact) > 80: err(f'{cid}: fact too long')
                    for p in ps:
                        if p in passages and passages[p][1]['kind'] == 'campaign' and not (
                                plan == 'answer' and c['purchase_intent'] and sales):
                            err(f'{cid}: campaign passage {p} outside a purchase-intent answer in a sales thread')
                else:
                    if ps or fact is not None: err(f'{cid}: {plan} must have passages [] and fact null')
                r = c['reason']
                if plan == 'none':
                    kind = next((k for pre, k in NONE_KINDS if r.startswith(pre)), None)
                    if kind is None: err(f'{cid}: none reason has no known kind prefix: {r!r}')
                    none_kinds[kind] += 1
                    m = re.match(r'already answered by (\S+?):', r)
                    if r.startswith('already answered by '):
                        if not m or m.group(1) not in seen:
                            err(f'{cid}: "already answered by" must name an earlier comment: {r!r}')
                if plan == 'thank' and has_author:
                    err(f'{cid}: thank in a thread the brand did not write (should be none: others\' thread)')
                if plan == 'acknowledge' and r.startswith('sarcasm:'): extra['sarcasm'] += 1
                if plan == 'acknowledge' and 'already' in r and ('contacted' in r or 'reported' in r or 'e-mailed' in r or 'tried phoning' in r):
                    extra['already_contacted_support'] += 1
                if plan == 'answer' and c['purchase_intent'] and sales: extra['answer_pi_sales'] += 1
                counts[plan] += 1; table[(plan, lang)] += 1
                seen.append(cid)
    if n_threads != 24: err(f'{n_threads} threads (want 24)')
    for b in brands:
        if per_brand_threads[b] != 8: err(f'{b}: {per_brand_threads[b]} threads (want 8)')
    total = sum(counts.values())
    got = dict(counts); got.update(none_kinds); got.update(extra); got['comments'] = total
    got['already_answered+self_answered'] = none_kinds['already_answered'] + none_kinds['self_answered']
    for k, v in MINIMA.items():
        if got.get(k, 0) < v: err(f'minimum not met: {k} = {got.get(k, 0)} < {v}')

    print(f'threads: {n_threads} (with author: {n_author}, sales: {n_sales}); comments: {total}')
    print(f'{"plan":<12}' + ''.join(f'{l:>6}' for l in LANGS) + f'{"total":>7}')
    for p in PLANS:
        print(f'{p:<12}' + ''.join(f'{table[(p, l)]:>6}' for l in LANGS) + f'{counts[p]:>7}')
    print(f'{"total":<12}' + ''.join(f'{sum(table[(p, l)] for p in PLANS):>6}' for l in LANGS) + f'{total:>7}')
    print('none kinds: ' + ', '.join(f'{k}={v}' for k, v in sorted(none_kinds.items())))
    print('other: ' + ', '.join(f'{k}={v}' for k, v in sorted(extra.items())))
    if errors:
        print(f'\n{len(errors)} ERROR(S):')
        for e in errors: print('  ' + e)
        sys.exit(1)
    print('OK')

main()
