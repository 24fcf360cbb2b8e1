#!/usr/bin/env python3
"""Validate the judgement-l blind set. Exit 0 when valid; prints class x language counts."""
import sys, re, pathlib, collections
import yaml

BASE = pathlib.Path(__file__).resolve().parent
LANGS = ['fi', 'sv', 'en']
INTENTS = ['question', 'recommendation_request', 'comparison_or_purchase', 'complaint', 'praise',
           'feedback_or_idea', 'misinformation', 'off_topic', 'spam_or_self_promotion', 'toxic']
RISKS = ['crisis_or_tragedy', 'injury_or_health', 'legal_or_financial_advice', 'minors', 'politics',
         'harassment', 'competitor_thread', 'community_rule']
FLAGS = ['draft', 'optout', 'hard', 'sarcasm']
OBJECTIVES = ['sales', 'trust', 'awareness', 'behaviour_change']
PLATFORMS = ['reddit', 'facebook', 'youtube', 'bluesky', 'mastodon', 'hackernews', 'blog']
MINS = {'comments': 700, 'threads': 42, 'hard': 80, 'optout': 45, 'off_topic': 50, 'ordinary': 250,
        'title_risk_threads': 8, 'injury_or_health': 45}
MINS.update({r: 30 for r in RISKS if r != 'injury_or_health'})
errors = []
def err(m): errors.append(m)

brands = yaml.safe_load((BASE / 'brands.yaml').read_text())
for key, b in brands.items():
    if not re.fullmatch(r'[a-z]+', key): err(f'brand key {key} not lowercase')
    for f in ['name', 'objective', 'terms', 'competitors', 'topics', 'guidance']:
        if f not in b: err(f'brand {key} lacks {f}')
    if b.get('objective') not in OBJECTIVES: err(f'brand {key} bad objective')
    if len(b.get('competitors', [])) != 2: err(f'brand {key} needs 2 competitors')
    if len(b.get('topics', [])) != 4: err(f'brand {key} needs 4 topics')
    g = b.get('guidance', [])
    if not 12 <= len(g) <= 14: err(f'brand {key} has {len(g)} guidance passages')
    if {x.get('language') for x in g} != set(LANGS): err(f'brand {key} guidance lacks a language')
    for x in g:
        if not re.fullmatch(rf'{key}-g\d+', str(x.get('id'))): err(f'bad guidance id {x.get("id")}')
        if x.get('kind') not in ('fact', 'faq'): err(f'bad kind in {x.get("id")}')
        if not x.get('text'): err(f'empty text in {x.get("id")}')
if len(brands) != 3: err('need 3 brands')

count = collections.Counter()            # (class, lang)
totals = collections.Counter()
ids, texts = set(), {}
nthreads = 0
for key in brands:
    path = BASE / 'threads' / f'{key}.yaml'
    threads = yaml.safe_load(path.read_text())
    if len(threads) != 14: err(f'{key}: {len(threads)} threads, want 14')
    for t in threads:
        nthreads += 1
        tid = t.get('id')
        if tid in ids: err(f'duplicate thread id {tid}')
        ids.add(tid)
        if not re.fullmatch(rf'{key}-j\d+', str(tid)): err(f'bad thread id {tid}')
        if t.get('split') not in ('dev', 'test'): err(f'{tid}: bad split')
        if t.get('platform') not in PLATFORMS: err(f'{tid}: bad platform')
        if not t.get('title'): err(f'{tid}: no title')
        cs = t.get('comments') or []
        if not 14 <= len(cs) <= 22: err(f'{tid}: {len(cs)} comments')
        common = set(RISKS)
        for i, row in enumerate(cs):
            where = f'{tid}#{i+1}'
            if not isinstance(row, list) or len(row) != 5: err(f'{where}: not 5 fields'); continue
            lang, intent, risks, flags, text = row
            if lang not in LANGS: err(f'{where}: bad language {lang}')
            if intent not in INTENTS: err(f'{where}: bad intent {intent}')
            if not isinstance(risks, list) or any(r not in RISKS for r in risks): err(f'{where}: bad risks {risks}'); risks = []
            if len(set(risks)) != len(risks): err(f'{where}: repeated risk')
            if not isinstance(flags, str): err(f'{where}: flags not a string'); flags = ''
            fl = flags.split()
            if any(f not in FLAGS for f in fl): err(f'{where}: bad flags {flags}')
            if not isinstance(text, str) or not text.strip(): err(f'{where}: empty text'); continue
            if 'draft' in fl and (risks or 'optout' in fl): err(f'{where}: draft with risk/optout')
            if 'hard' in fl and risks: err(f'{where}: hard with risk flag')
            if intent == 'off_topic' and 'draft' in fl: err(f'{where}: draft on off_topic')
            norm = ' '.join(text.lower().split())
            if norm in texts: err(f'{where}: duplicate text of {texts[norm]}')
            texts[norm] = where
            common &= set(risks)
            totals['comments'] += 1
            count[('ALL', lang)] += 1
            count[('intent:' + intent, lang)] += 1
            for r in risks: count[(r, lang)] += 1; totals[r] += 1
            for f in fl: count[('flag:' + f, lang)] += 1; totals[f] += 1
            if intent == 'off_topic': totals['off_topic'] += 1
            if not risks and 'optout' not in fl and 'hard' not in fl:
                count[('ordinary', lang)] += 1; totals['ordinary'] += 1
        if common: totals['title_risk_threads'] += 1
totals['threads'] = nthreads

rows = sorted({c for c, _ in count}, key=lambda c: (c != 'ALL', c.split(':')[0] if ':' in c else '~' + c, c))
print(f'{"class":38} {"fi":>5} {"sv":>5} {"en":>5} {"total":>6}')
for c in rows:
    print(f'{c:38} ' + ' '.join(f'{count[(c, l)]:5d}' for l in LANGS) + f' {sum(count[(c, l)] for l in LANGS):6d}')
print()
for k, m in MINS.items():
    ok = totals[k] >= m
    print(f'{k:28} {totals[k]:5d}  (min {m}) {"ok" if ok else "TOO FEW"}')
    if not ok: err(f'{k}: {totals[k]} < {m}')
if errors:
    print(f'\nINVALID: {len(errors)} problem(s)')
    for e in errors[:60]: print(' -', e)
    sys.exit(1)
print('\nVALID')
