#!/usr/bin/env python3
"""Builds threads/<key>.yaml from the compact source files src/<key>.txt.
Header:  # <id> | <platform> | <thread risks or -> | <title>
Row:     <lang> <intent> <risks or -> <flags or -> | <text>"""
import json, sys, pathlib
I = dict(q='question', rr='recommendation_request', cp='comparison_or_purchase', co='complaint', pr='praise',
         fb='feedback_or_idea', mi='misinformation', ot='off_topic', sp='spam_or_self_promotion', tx='toxic')
R = dict(cr='crisis_or_tragedy', ih='injury_or_health', lf='legal_or_financial_advice', mn='minors', po='politics',
         ha='harassment', ct='competitor_thread', cu='community_rule')
F = dict(d='draft', o='optout', h='hard', s='sarcasm')
base = pathlib.Path(__file__).resolve().parent.parent
def q(s): return json.dumps(s, ensure_ascii=False)
for src in sorted((base / 'src').glob('*.txt')):
    out, cur = [], None
    for n, line in enumerate(src.read_text().splitlines(), 1):
        if not line.strip(): continue
        if line.startswith('# '):
            tid, plat, trisk, title = [x.strip() for x in line[2:].split(' | ', 3)]
            trisk = [] if trisk == '-' else [R[x] for x in trisk.split(',')]
            split = 'dev'
            out.append(f'- id: {tid}\n  split: {split}\n  platform: {plat}\n  title: {q(title)}\n  comments:')
            cur = trisk
            continue
        head, text = line.split(' | ', 1)
        lang, intent, risks, flags = head.split()
        rs = list(cur) + [R[x] for x in ([] if risks == '-' else risks.split(',')) if R[x] not in cur]
        fl = ' '.join(F[c] for c in ([] if flags == '-' else flags.split(',')))
        out.append(f'      - [{lang}, {I[intent]}, [{", ".join(rs)}], {q(fl)}, {q(text.strip())}]')
    (base / 'threads' / (src.stem + '.yaml')).write_text('\n'.join(out) + '\n')
    print('wrote', src.stem)
