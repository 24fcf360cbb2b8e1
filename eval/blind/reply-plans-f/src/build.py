#!/usr/bin/env python3
"""Build threads/<brand>.yaml from the compact hand-written source src/<brand>.txt.
Line format:  T id | platform | objective | title | author(optional)
              B body
              author | parent(- or comment number) | lang | plan | purchase_intent(0/1) | passages(gNN,..|-) | fact(-) | text | reason
"""
import os, re, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for brand in ["rusko", "ajokaista", "hohde"]:
    threads = []
    for raw in open(os.path.join(HERE, brand + ".txt"), encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("T "):
            f = [x.strip() for x in line[2:].split("|")]
            t = {"id": f[0], "platform": f[1], "objective": f[2], "title": f[3]}
            if len(f) > 4 and f[4]:
                t["author"] = f[4]
            t["comments"] = []
            threads.append(t)
        elif line.startswith("B "):
            t = threads[-1]
            t2 = {k: t[k] for k in ("id", "platform", "objective", "title")}
            t2["body"] = line[2:].strip()
            if "author" in t:
                t2["author"] = t["author"]
            t2["comments"] = t["comments"]
            threads[-1] = t2
        else:
            f = [x.strip() for x in line.split(" | ")]
            assert len(f) == 9, (brand, line)
            t = threads[-1]
            n = len(t["comments"]) + 1
            author, parent, lang, plan, pi, passages, fact, text, reason = f
            t["comments"].append({
                "id": f"{t['id']}-c{n:02d}",
                "author": author,
                "parent": None if parent == "-" else f"{t['id']}-c{int(parent):02d}",
                "language": lang,
                "text": text,
                "plan": plan,
                "reason": re.sub(r"\bc(\d\d)\b", lambda m: f"{t['id']}-c{m.group(1)}", reason),
                "passages": [] if passages == "-" else [f"{brand}-{p.strip()}" for p in passages.split(",")],
                "fact": None if fact == "-" else fact,
                "purchase_intent": pi == "1",
            })
    with open(os.path.join(ROOT, "threads", brand + ".yaml"), "w", encoding="utf-8") as out:
        yaml.safe_dump(threads, out, allow_unicode=True, sort_keys=False, width=120)
print("built")
