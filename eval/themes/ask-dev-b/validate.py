#!/usr/bin/env python3
"""Validate the ask-dev-b evaluation set. Run: python3 validate.py (exit 0 = ok)."""
import json, os, re, sys
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
err = []
def load(name):
    out = []
    with open(os.path.join(D, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except Exception as e:
                    err.append('%s line %d: %s' % (name, n, e))
    return out
C = load('comments.jsonl'); Q = load('questions.jsonl')
topics = json.load(open(os.path.join(D, 'topics.json'), encoding='utf-8'))
LANG = {'fi', 'sv', 'en'}; PLAT = {'reddit', 'youtube', 'mastodon', 'bluesky', 'blog'}
EMO = {'negative', 'neutral', 'positive'}
INT = {'question', 'complaint', 'praise', 'off_topic', 'feedback_or_idea', 'comparison_or_purchase'}
CF = ['id', 'language', 'platform', 'thread', 'created_at', 'emotion', 'intent', 'text']
if len(C) != 300: err.append('expected 300 comments, got %d' % len(C))
byid = {}
prev = ''
for i, c in enumerate(C, 1):
    if list(c.keys()) != CF: err.append('%s: fields %s' % (c.get('id'), list(c.keys())))
    if c.get('id') != 'c%03d' % i: err.append('comment %d has id %s' % (i, c.get('id')))
    if c['id'] in byid: err.append('duplicate id ' + c['id'])
    byid[c['id']] = c
    if c['language'] not in LANG: err.append(c['id'] + ' language')
    if c['platform'] not in PLAT: err.append(c['id'] + ' platform')
    if c['emotion'] not in EMO: err.append(c['id'] + ' emotion')
    if c['intent'] not in INT: err.append(c['id'] + ' intent')
    if not re.fullmatch(r'2026-11-\d\dT\d\d:\d\d:\d\dZ', c['created_at']): err.append(c['id'] + ' created_at')
    if c['created_at'] < prev: err.append(c['id'] + ' not in created_at order')
    prev = c['created_at']
    if not c['text'].strip(): err.append(c['id'] + ' empty text')
    if c['id'] not in topics: err.append(c['id'] + ' missing in topics.json')
lc = Counter(c['language'] for c in C)
if any(lc[l] != 100 for l in LANG): err.append('language counts %s' % dict(lc))
nthreads = len({c['thread'] for c in C})
if not 15 <= nthreads <= 25: err.append('threads %d' % nthreads)
if len({c['text'] for c in C}) != len(C): err.append('duplicate comment texts')
if len(Q) != 40: err.append('expected 40 questions, got %d' % len(Q))
ql = Counter(q['language'] for q in Q)
if (ql['fi'], ql['sv'], ql['en']) != (14, 13, 13): err.append('question languages %s' % dict(ql))
for i, q in enumerate(Q, 1):
    if q.get('id') != 'q%02d' % i: err.append('question %d id %s' % (i, q.get('id')))
    if set(q) - {'id', 'language', 'question', 'emotion', 'relevant'}: err.append(q['id'] + ' extra fields')
    if q['language'] not in LANG: err.append(q['id'] + ' language')
    rel = q['relevant']
    if rel != sorted(set(rel)): err.append(q['id'] + ' relevant not sorted/unique')
    if len(rel) > 40: err.append(q['id'] + ' more than 40 relevant')
    for r in rel:
        if r not in byid: err.append('%s: unknown %s' % (q['id'], r))
        elif byid[r]['intent'] == 'off_topic': err.append('%s: off-topic %s listed' % (q['id'], r))
    if 'emotion' in q:
        if q['emotion'] not in EMO: err.append(q['id'] + ' emotion value')
        bad = [r for r in rel if r in byid and byid[r]['emotion'] != q['emotion']]
        if bad: err.append('%s: emotion mismatch %s' % (q['id'], bad))
# words used in "absent wording" questions must not occur in any comment
ABSENT = {'q21': ['easy', 'going'], 'q24': ['environment', 'impact'], 'q25': ['energiankulutu'],
          'q30': ['nouse'], 'q32': ['häikäi'], 'q36': ['fraktkostnad']}
alltext = ' '.join(c['text'].lower() for c in C)
for qid, words in ABSENT.items():
    for w in words:
        if w in alltext: err.append('%s: absent word %r occurs in comments' % (qid, w))
# print counts
def show(title, cnt):
    print(title + ': ' + ', '.join('%s %d' % kv for kv in sorted(cnt.items())))
show('comments by language', lc)
show('platform', Counter(c['platform'] for c in C))
show('emotion', Counter(c['emotion'] for c in C))
show('intent', Counter(c['intent'] for c in C))
print('threads: %d' % nthreads)
main = ['price', 'deliv', 'rel', 'cs', 'app', 'setup', 'cmp', 'eco', 'buy', 'safe', 'pods', 'noise', 'off']
show('topic sizes (comments carrying tag; main topics)', Counter(t for v in topics.values() for t in v if t in main))
show('sub-tags', Counter(t for v in topics.values() for t in v if t not in main))
show('questions by language', ql)
print('filtered questions: ' + ', '.join('%s=%s' % (q['id'], q['emotion']) for q in Q if 'emotion' in q))
print('relevant-list sizes: ' + ' '.join('%s:%d' % (q['id'], len(q['relevant'])) for q in Q))
print('no-answer questions: %d' % sum(1 for q in Q if not q['relevant']))
print('cross-language questions (relevant in >=2 languages): %d' %
      sum(1 for q in Q if len({byid[r]['language'] for r in q['relevant'] if r in byid}) >= 2))
if err:
    print('ERRORS:'); [print('  ' + e) for e in err]; sys.exit(1)
print('OK')
