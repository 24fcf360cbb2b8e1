#!/usr/bin/env python3
"""Convert compact src/<key>.txt into threads/<key>.yaml.
Header: @ id|platform|title|TITLE_RISK_LETTERS
Row:    lang|intent|risk letters|flag letters|text
"""
import json, sys, os
R = dict(C='crisis_or_tragedy', I='injury_or_health', L='legal_or_financial_advice', M='minors',
         P='politics', H='harassment', K='competitor_thread', R='community_rule')
IN = dict(q='question', rr='recommendation_request', cp='comparison_or_purchase', c='complaint', p='praise',
          f='feedback_or_idea', m='misinformation', o='off_topic', s='spam_or_self_promotion', t='toxic')
F = dict(d='draft', o='optout', h='hard', s='sarcasm')
base = os.path.dirname(os.path.abspath(__file__))
for key in ['jousi', 'ljus', 'poro']:
    threads = []
    for ln, line in enumerate(open(os.path.join(base, key + '.txt'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('@'):
            tid, plat, title, tr = [x.strip() for x in line[1:].split('|')]
            threads.append(dict(id=tid, platform=plat, title=title, tr=[c for c in tr if c != '-'], comments=[]))
            continue
        parts = line.split('|', 4)
        if len(parts) != 5:
            sys.exit(f'{key}:{ln}: bad row {line!r}')
        lang, it, rk, fl, text = [p.strip() for p in parts]
        risks = [R[c] for c in rk if c != '-']
        for c in threads[-1]['tr']:
            if R[c] not in risks:
                risks.append(R[c])
        flags = [F[c] for c in fl if c != '-']
        if risks or 'optout' in flags:
            flags = [f for f in flags if f != 'draft']
        if risks:
            flags = [f for f in flags if f != 'hard']
        threads[-1]['comments'].append([lang, IN[it], risks, ' '.join(flags), text])
    out = []
    for t in threads:
        out.append(f"- id: {t['id']}\n  split: dev\n  platform: {t['platform']}\n  title: {json.dumps(t['title'], ensure_ascii=False)}\n  comments:")
        for c in t['comments']:
            out.append(f"    - [{c[0]}, {c[1]}, [{', '.join(c[2])}], {json.dumps(c[3])}, {json.dumps(c[4], ensure_ascii=False)}]")
    open(os.path.join(base, '..', 'threads', key + '.yaml'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print(key, len(threads), sum(len(t['comments']) for t in threads))
