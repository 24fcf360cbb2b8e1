#!/usr/bin/env python3
"""Validate the judgement-p blind labelled set. Exit 0 when valid."""
import os, sys, glob, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {'fi', 'sv', 'en'}
INTENTS = {'question', 'recommendation_request', 'comparison_or_purchase', 'complaint', 'praise',
           'feedback_or_idea', 'misinformation', 'off_topic', 'spam_or_self_promotion', 'toxic'}
RISKS = ['crisis_or_tragedy', 'injury_or_health', 'legal_or_financial_advice', 'minors', 'politics',
         'harassment', 'competitor_thread', 'community_rule']
FLAGS = {'draft', 'optout', 'hard', 'sarcasm'}
PLATFORMS = {'reddit', 'facebook', 'youtube', 'bluesky', 'mastodon', 'hackernews', 'blog'}
MIN = {'crisis_or_tragedy': 30, 'injury_or_health': 45, 'legal_or_financial_advice': 30, 'minors': 30,
       'politics': 30, 'harassment': 30, 'competitor_thread': 30, 'community_rule': 30,
       'hard': 80, 'optout': 45, 'off_topic': 50, 'ordinary': 250, 'comments': 700, 'title_risk_threads': 8}
errors = []
def err(m): errors.append(m)

# brands
brands = yaml.safe_load(open(os.path.join(HERE, 'brands.yaml'), encoding='utf-8'))
if not isinstance(brands, dict) or len(brands) != 3:
    err('brands.yaml must hold exactly 3 brands')
gids = set()
for key, b in (brands or {}).items():
    if key != key.lower():
        err(f'brand key {key} not lowercase')
    for f in ('name', 'objective', 'terms', 'competitors', 'topics', 'guidance'):
        if f not in b:
            err(f'{key}: missing {f}')
    if b.get('objective') not in {'sales', 'trust', 'awareness', 'behaviour_change'}:
        err(f'{key}: bad objective')
    if len(b.get('competitors', [])) != 2: err(f'{key}: need 2 competitors')
    if len(b.get('topics', [])) != 4: err(f'{key}: need 4 topics')
    g = b.get('guidance', [])
    if not 12 <= len(g) <= 14: err(f'{key}: need 12-14 guidance passages, got {len(g)}')
    if {x.get('language') for x in g} != LANGS: err(f'{key}: guidance must cover fi, sv, en')
    for x in g:
        if not str(x.get('id', '')).startswith(key + '-g'): err(f'{key}: bad guidance id {x.get("id")}')
        if x.get('id') in gids: err(f'duplicate guidance id {x.get("id")}')
        gids.add(x.get('id'))
        if x.get('kind') not in {'fact', 'faq'}: err(f'{x.get("id")}: bad kind')
        if not x.get('text'): err(f'{x.get("id")}: empty text')

# threads
count = collections.Counter()
table = collections.defaultdict(collections.Counter)   # class -> lang -> n
seen_ids, seen_texts = set(), {}
title_threads = 0
per_brand = collections.Counter()
total = 0
for key in brands:
    path = os.path.join(HERE, 'threads', key + '.yaml')
    if not os.path.exists(path):
        err(f'missing {path}'); continue
    threads = yaml.safe_load(open(path, encoding='utf-8'))
    for t in threads:
        tid = t.get('id')
        if set(t) != {'id', 'split', 'platform', 'title', 'comments'}: err(f'{tid}: bad thread keys {sorted(t)}')
        if tid in seen_ids: err(f'duplicate thread id {tid}')
        seen_ids.add(tid)
        if not str(tid).startswith(key + '-j'): err(f'{tid}: id must start with {key}-j')
        if t.get('split') != 'dev': err(f'{tid}: split must be dev')
        if t.get('platform') not in PLATFORMS: err(f'{tid}: bad platform')
        cs = t.get('comments') or []
        if not 14 <= len(cs) <= 22: err(f'{tid}: {len(cs)} comments, need 14-22')
        per_brand[key] += 1
        common = None
        for i, row in enumerate(cs):
            where = f'{tid}#{i+1}'
            if not isinstance(row, list) or len(row) != 5:
                err(f'{where}: row must have 5 fields'); continue
            lang, intent, risks, flags, text = row
            if lang not in LANGS: err(f'{where}: bad language {lang}')
            if intent not in INTENTS: err(f'{where}: bad intent {intent}')
            if not isinstance(risks, list) or any(r not in RISKS for r in risks): err(f'{where}: bad risks {risks}'); risks = []
            if len(set(risks)) != len(risks): err(f'{where}: repeated risk')
            if not isinstance(flags, str): err(f'{where}: flags must be a string'); flags = ''
            fl = flags.split()
            if any(f not in FLAGS for f in fl): err(f'{where}: bad flags {flags!r}')
            if 'draft' in fl and (risks or 'optout' in fl): err(f'{where}: draft with risk or optout')
            if 'hard' in fl and risks: err(f'{where}: hard with a risk flag')
            if 'draft' in fl and intent == 'off_topic': err(f'{where}: draft on off_topic')
            if not isinstance(text, str) or not text.strip(): err(f'{where}: empty text'); continue
            norm = ' '.join(text.lower().split())
            if norm in seen_texts: err(f'{where}: duplicate text of {seen_texts[norm]}')
            seen_texts[norm] = where
            total += 1
            common = set(risks) if common is None else common & set(risks)
            classes = list(risks) + [f for f in fl] + [intent if intent == 'off_topic' else None]
            if not risks and 'optout' not in fl and 'hard' not in fl:
                classes.append('ordinary')
            classes.append('all')
            for c in classes:
                if c:
                    count[c] += 1
                    table[c][lang] += 1
        if common:
            title_threads += 1
count['comments'] = total
count['title_risk_threads'] = title_threads
if len(seen_ids) != 42: err(f'need 42 threads, got {len(seen_ids)}')
for k, n in per_brand.items():
    if n != 14: err(f'{k}: need 14 threads, got {n}')
for k, m in MIN.items():
    if count[k] < m: err(f'count {k} = {count[k]} < {m}')
for l in LANGS:
    share = table['all'][l] / max(total, 1)
    if not 0.27 <= share <= 0.40: err(f'language {l} share {share:.2f} not roughly equal')

order = RISKS + ['hard', 'optout', 'draft', 'sarcasm', 'off_topic', 'ordinary', 'all']
print(f'{"class":28}{"fi":>6}{"sv":>6}{"en":>6}{"total":>7}')
for c in order:
    print(f'{c:28}{table[c]["fi"]:>6}{table[c]["sv"]:>6}{table[c]["en"]:>6}{sum(table[c].values()):>7}')
print(f'threads {len(seen_ids)}, comments {total}, threads with a title risk on every comment {title_threads}')
if errors:
    print(f'\nINVALID ({len(errors)} problems):')
    for e in errors: print(' -', e)
    sys.exit(1)
print('VALID')
