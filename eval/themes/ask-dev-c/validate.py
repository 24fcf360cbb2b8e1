#!/usr/bin/env python3
"""Validate the ask-dev-c evaluation set. Run: python3 validate.py (exit 0 = ok)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)
def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip(): err(f'{name}:{n} empty line'); continue
            try: out.append(json.loads(line))
            except Exception as e: err(f'{name}:{n} bad JSON: {e}')
    return out
LANGS = {'fi', 'sv', 'en'}; PLATS = {'reddit', 'youtube', 'mastodon', 'bluesky', 'blog'}
EMOS = {'negative', 'neutral', 'positive'}
INTENTS = {'question', 'complaint', 'praise', 'off_topic', 'feedback_or_idea', 'comparison_or_purchase'}
C = load('comments.jsonl')
CKEYS = {'id', 'language', 'platform', 'thread', 'created_at', 'emotion', 'intent', 'text'}
if len(C) != 300: err(f'expected 300 comments, got {len(C)}')
prev = ''
for i, c in enumerate(C, 1):
    if set(c) != CKEYS: err(f'{c.get("id")}: fields {sorted(c)}')
    if c.get('id') != f'c{i:03d}': err(f'comment #{i} has id {c.get("id")}, expected c{i:03d}')
    if c.get('language') not in LANGS: err(f'{c.get("id")}: language {c.get("language")}')
    if c.get('platform') not in PLATS: err(f'{c.get("id")}: platform {c.get("platform")}')
    if c.get('emotion') not in EMOS: err(f'{c.get("id")}: emotion {c.get("emotion")}')
    if c.get('intent') not in INTENTS: err(f'{c.get("id")}: intent {c.get("intent")}')
    if not isinstance(c.get('thread'), str) or not c['thread']: err(f'{c.get("id")}: thread')
    if not isinstance(c.get('text'), str) or not c['text'].strip(): err(f'{c.get("id")}: empty text')
    ts = c.get('created_at', '')
    if not re.fullmatch(r'2026-11-(0[1-9]|[12]\d|30)T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ', ts): err(f'{c.get("id")}: created_at {ts}')
    if ts < prev: err(f'{c.get("id")}: created_at out of order')
    prev = ts
ids = [c.get('id') for c in C]; idset = set(ids)
if len(idset) != len(ids): err('duplicate comment ids')
texts = Counter(c.get('text') for c in C)
for t, n in texts.items():
    if n > 1: err(f'duplicate text x{n}: {t[:50]}')
lang = Counter(c['language'] for c in C)
if lang != Counter({'fi': 100, 'sv': 100, 'en': 100}): err(f'language counts {dict(lang)}')
threads = Counter(c['thread'] for c in C)
if not 15 <= len(threads) <= 25: err(f'{len(threads)} threads, want 15-25')
intents = Counter(c['intent'] for c in C)
if intents['off_topic'] != 40: err(f'off_topic = {intents["off_topic"]}, want 40')
emo_of = {c['id']: c['emotion'] for c in C}

Q = load('questions.jsonl')
if len(Q) != 40: err(f'expected 40 questions, got {len(Q)}')
for i, q in enumerate(Q, 1):
    qid = q.get('id')
    if qid != f'q{i:02d}': err(f'question #{i} has id {qid}')
    extra = set(q) - {'id', 'language', 'question', 'emotion', 'relevant'}
    if extra or not {'id', 'language', 'question', 'relevant'} <= set(q): err(f'{qid}: fields {sorted(q)}')
    if q.get('language') not in LANGS: err(f'{qid}: language')
    if not isinstance(q.get('question'), str) or not q['question'].strip(): err(f'{qid}: empty question')
    rel = q.get('relevant')
    if not isinstance(rel, list): err(f'{qid}: relevant not a list'); continue
    if rel != sorted(rel) or len(set(rel)) != len(rel): err(f'{qid}: relevant not sorted/unique')
    for r in rel:
        if r not in idset: err(f'{qid}: unknown comment {r}')
    if not 0 <= len(rel) <= 40: err(f'{qid}: {len(rel)} relevant, want 0-40')
    if 'emotion' in q:
        if q['emotion'] not in EMOS: err(f'{qid}: emotion filter {q["emotion"]}')
        for r in rel:
            if r in emo_of and emo_of[r] != q['emotion']: err(f'{qid}: {r} is {emo_of[r]}, filter {q["emotion"]}')
qlang = Counter(q.get('language') for q in Q)
if qlang != Counter({'fi': 14, 'sv': 13, 'en': 13}): err(f'question languages {dict(qlang)}')
empty = [q['id'] for q in Q if q.get('relevant') == []]
if len(empty) != 8: err(f'{len(empty)} no-answer questions, want 8')

topics = json.load(open(os.path.join(HERE, 'topics.json'), encoding='utf-8'))
for t, tid in topics.items():
    for r in tid:
        if r not in idset: err(f'topics.json {t}: unknown {r}')
main = {t: v for t, v in topics.items() if '/' not in t}
allmain = [r for v in main.values() for r in v]
if len(allmain) != 300 or set(allmain) != idset: err('topics.json main topics must partition the 300 comments')
offt = set(main.get('off_topic', []))
for c in C:
    if (c['intent'] == 'off_topic') != (c['id'] in offt): err(f'{c["id"]}: off_topic intent vs topic mismatch')

def show(title, cnt): print(f'{title}: ' + ', '.join(f'{k} {v}' for k, v in sorted(cnt.items())))
print(f'comments: {len(C)}  threads: {len(threads)}  questions: {len(Q)}')
show('language', lang); show('platform', Counter(c['platform'] for c in C))
show('emotion', Counter(c['emotion'] for c in C)); show('intent', intents)
show('language x intent', Counter(f"{c['language']}/{c['intent']}" for c in C))
print('topic sizes (fi/sv/en):')
lang_of = {c['id']: c['language'] for c in C}
for t in sorted(topics):
    cl = Counter(lang_of[r] for r in topics[t])
    print(f'  {t:22s} {len(topics[t]):3d}  ({cl["fi"]}/{cl["sv"]}/{cl["en"]})')
show('question language', qlang)
print(f'questions with emotion filter: {", ".join(q["id"] + "=" + q["emotion"] for q in Q if "emotion" in q)}')
print(f'no-answer questions: {", ".join(empty)}')
print('relevant-list sizes (and languages of relevant comments):')
for q in Q:
    cl = Counter(lang_of[r] for r in q['relevant'] if r in lang_of)
    print(f'  {q["id"]} {q["language"]} {len(q["relevant"]):3d}  fi {cl["fi"]:2d} sv {cl["sv"]:2d} en {cl["en"]:2d}  {q["question"][:60]}')
sizes = [len(q['relevant']) for q in Q]
print(f'size min {min(sizes)} max {max(sizes)} mean {sum(sizes)/len(sizes):.1f}; cross-language (2+ languages): {sum(1 for q in Q if len({lang_of[r] for r in q["relevant"]}) >= 2)}')
if errors:
    print(f'\nFAILED: {len(errors)} error(s)'); [print('  ' + e) for e in errors[:50]]; sys.exit(1)
print('\nOK')
