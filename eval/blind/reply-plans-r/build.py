#!/usr/bin/env python3
"""Builds threads/<brand>.yaml from the compact source files in src/ (one comment per line)."""
import re, yaml, os
HERE = os.path.dirname(os.path.abspath(__file__))
for brand in ["lumo", "pilen", "poro"]:
    threads = []
    for line in open(os.path.join(HERE, "src", brand + ".txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("T "):
            tid, platform, objective, author, title = line[2:].split("|")
            t = {"id": tid, "platform": platform, "objective": objective, "title": title}
            if author != "-":
                t["author"] = author
            threads.append(t)
        elif line.startswith("B "):
            threads[-1]["body"] = line[2:]
            threads[-1]["comments"] = []
        else:
            f = line.split("|")
            assert len(f) == 10, line
            cid, parent, lang, plan, pi, passages, fact, author, text, reason = f
            tid = threads[-1]["id"]
            reason = re.sub(r"^(already answered by )(c\d\d)", lambda m: m.group(1) + tid + "-" + m.group(2), reason)
            threads[-1]["comments"].append({
                "id": f"{tid}-{cid}", "author": author,
                "parent": None if parent == "-" else f"{tid}-{parent}",
                "language": lang, "text": text, "plan": plan, "reason": reason,
                "passages": [] if passages == "-" else [f"{brand}-{p}" for p in passages.split(",")],
                "fact": None if fact == "-" else fact,
                "purchase_intent": pi == "1"})
    # order keys: body before comments
    out = []
    for t in threads:
        o = {k: t[k] for k in ["id", "platform", "objective", "title", "body"]}
        if "author" in t:
            o["author"] = t["author"]
        o["comments"] = t["comments"]
        out.append(o)
    with open(os.path.join(HERE, "threads", brand + ".yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(out, fh, allow_unicode=True, sort_keys=False, width=1000)
print("built")
