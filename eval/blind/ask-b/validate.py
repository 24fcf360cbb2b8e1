#!/usr/bin/env python3
"""Validate comments.jsonl / questions.jsonl (and topics.jsonl labels) of the ask-b set."""
import json, sys, re, collections, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
err=[]
def load(p):
    out=[]
    with open(p,encoding="utf-8") as f:
        for n,l in enumerate(f,1):
            try: out.append(json.loads(l))
            except Exception as e: err.append(f"{p}:{n} bad json {e}")
    return out
C=load("comments.jsonl"); Qs=load("questions.jsonl"); T={t["id"]:t["tags"] for t in load("topics.jsonl")}
LANG={"fi","sv","en"}; PLAT={"reddit","youtube","mastodon","bluesky","blog"}; EMO={"negative","neutral","positive"}
INT={"question","complaint","praise","off_topic","feedback_or_idea","comparison_or_purchase"}
KEYS={"id","language","platform","thread","created_at","emotion","intent","text"}
if len(C)!=300: err.append(f"{len(C)} comments, expected 300")
prev=None
for i,c in enumerate(C,1):
    if set(c)!=KEYS: err.append(f"{c.get('id')} keys {sorted(c)}")
    if c.get("id")!="c%03d"%i: err.append(f"id {c.get('id')} at line {i}")
    if c["language"] not in LANG: err.append(f"{c['id']} language")
    if c["platform"] not in PLAT: err.append(f"{c['id']} platform")
    if c["emotion"] not in EMO: err.append(f"{c['id']} emotion")
    if c["intent"] not in INT: err.append(f"{c['id']} intent")
    if not re.fullmatch(r"2026-11-\d\dT\d\d:\d\d:\d\dZ",c["created_at"]): err.append(f"{c['id']} created_at")
    if prev and c["created_at"]<prev: err.append(f"{c['id']} not in time order")
    prev=c["created_at"]
    if not c["text"].strip(): err.append(f"{c['id']} empty text")
    if c["id"] not in T: err.append(f"{c['id']} missing topic tags")
    if (c["intent"]=="off_topic") != (T.get(c["id"])==["off"]): err.append(f"{c['id']} off_topic intent/tag mismatch")
ids={c["id"] for c in C}; E={c["id"]:c["emotion"] for c in C}
if len(ids)!=len(C): err.append("duplicate comment ids")
th={c["thread"] for c in C}
if not 15<=len(th)<=25: err.append(f"{len(th)} threads")
if len(Qs)!=40: err.append(f"{len(Qs)} questions")
for i,q in enumerate(Qs,1):
    if q.get("id")!="q%02d"%i: err.append(f"question id {q.get('id')}")
    if q["language"] not in LANG: err.append(f"{q['id']} language")
    if not set(q)<= {"id","language","question","emotion","relevant"}: err.append(f"{q['id']} keys")
    r=q["relevant"]
    if r!=sorted(set(r)): err.append(f"{q['id']} relevant not sorted/unique")
    for x in r:
        if x not in ids: err.append(f"{q['id']} unknown {x}")
    if "emotion" in q:
        if q["emotion"] not in EMO: err.append(f"{q['id']} bad emotion")
        for x in r:
            if E.get(x)!=q["emotion"]: err.append(f"{q['id']} lists {x} with emotion {E.get(x)}")
    if len(r)>40: err.append(f"{q['id']} {len(r)} relevant > 40")
cnt=lambda k: dict(sorted(collections.Counter(c[k] for c in C).items()))
print("comments:",len(C),"threads:",len(th))
for k in ["language","platform","emotion","intent"]: print(f"{k}:",cnt(k))
tc=collections.Counter(t for v in T.values() for t in v)
print("topic/subtag sizes:",dict(sorted(tc.items(),key=lambda x:-x[1])))
print("questions:",len(Qs),"by language:",dict(collections.Counter(q["language"] for q in Qs)),
      "with emotion filter:",sum("emotion" in q for q in Qs),"empty:",sum(not q["relevant"] for q in Qs))
for q in Qs:
    langs=dict(collections.Counter(next(c["language"] for c in C if c["id"]==x) for x in q["relevant"]))
    print(f"  {q['id']} [{q['language']}] n={len(q['relevant']):2d} {langs} {('emotion='+q['emotion']) if 'emotion' in q else ''} {q['question'][:70]}")
if err:
    print("ERRORS:"); [print(" ",e) for e in err]; sys.exit(1)
print("OK")
