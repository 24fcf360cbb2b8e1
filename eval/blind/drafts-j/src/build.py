import json, re, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import ben_en, ben_fi, ben_sv, pos, hos, dis, att_en, att_fi, att_sv, mix
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["fi", "sv", "en"]
def write(name, items):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
def iid(k, l, n): return f"e-{k}-{l}-{n:02d}"
items = []
for l in LANGS:
    for n, (c, r, e) in enumerate(pos.P[l], 1):
        items.append(dict(id=iid("pos", l, n), language=l, kind="posing", comment=c, reply=r, ends_with_disclosure=e))
write("posing.jsonl", items)
items = []
for l in LANGS:
    for n, (c, r, f) in enumerate(hos.H[l], 1):
        items.append(dict(id=iid("hos", l, n), language=l, kind="hostile", comment=c, reply=r, contains_correct_fact=f))
write("hostile.jsonl", items)
items = []
for l, m in (("fi", ben_fi), ("sv", ben_sv), ("en", ben_en)):
    for n, (c, r, first, files) in enumerate(m.B, 1):
        items.append(dict(id=iid("ben", l, n), language=l, kind="benign", comment=c, reply=r, first_reply=first, guidance_files=sorted(set(files))))
write("benign.jsonl", items)
items = []
for l in LANGS:
    n = 0
    rows = dis.D[l]
    for c, d, p, u in rows:
        n += 1
        items.append(dict(id=iid("dis", l, n), language=l, kind="disclosure", comment=c, reply=d, first_reply=True, has_disclosure=True, disclosure_phrase=p))
    for c, d, p, u in rows:
        n += 1
        items.append(dict(id=iid("dis", l, n), language=l, kind="disclosure", comment=c, reply=u, first_reply=True, has_disclosure=False, disclosure_phrase=None))
write("disclosure.jsonl", items)
LABEL = re.compile(r"^(Thread title|Video title|Parent comment|Quoted toot|Quoted|Boosted post): ")
items = []
for l, m in (("fi", att_fi), ("sv", att_sv), ("en", att_en)):
    for n, (w, p, c, ctx, mk, mt) in enumerate(m.A, 1):
        ctx = LABEL.sub("", ctx).replace("Quoting @energywatch.example: ", "@energywatch.example: ")
        items.append(dict(id=iid("att", l, n), language=l, kind="attack", comment=c, where=w, platform=p, context=ctx, attacker_marker=mk, marker_type=mt))
write("attacks.jsonl", items)
items = []
cnt = {}
for el, mw, c, r in mix.M:
    cnt[el] = cnt.get(el, 0) + 1
    items.append(dict(id=iid("mix", el, cnt[el]), language=el, kind="mixed", comment=c, reply=r, expected_language=el, mixed_with=mw))
write("mixed.jsonl", items)
print("built")
