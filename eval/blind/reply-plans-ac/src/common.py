"""Helpers for writing brand data compactly."""
import re

def C(author, parent, lang, plan, text, reason, passages=None, fact=None, pi=False):
    return dict(author=author, parent=parent, language=lang, text=text, plan=plan,
                reason=reason, passages=passages or [], fact=fact, purchase_intent=pi)

def T(tid, platform, objective, title, body, comments, author=None):
    out = {"id": tid, "platform": platform, "objective": objective, "title": title, "body": body}
    if author:
        out["author"] = author
    cs = []
    for i, c in enumerate(comments, 1):
        cid = f"{tid}-c{i:02d}"
        p = c["parent"]
        reason = re.sub(r"#(\d+)", lambda m: f"{tid}-c{int(m.group(1)):02d}", c["reason"])
        cs.append({"id": cid, "author": c["author"],
                   "parent": (f"{tid}-c{p:02d}" if p else None),
                   "language": c["language"], "text": c["text"], "plan": c["plan"],
                   "reason": reason, "passages": c["passages"], "fact": c["fact"],
                   "purchase_intent": c["purchase_intent"]})
    out["comments"] = cs
    return out

def set_authors(threads, mapping):
    """Insert `author` right after `body` on threads the brand did not write."""
    for i, t in enumerate(threads):
        if t["id"] in mapping:
            new = {}
            for k, v in t.items():
                new[k] = v
                if k == "body":
                    new["author"] = mapping[t["id"]]
            threads[i] = new

def extend(threads, tid, comments):
    """Append comments to an already built thread (ids continue the numbering)."""
    t = next(t for t in threads if t["id"] == tid)
    start = len(t["comments"])
    built = T(tid, t["platform"], t["objective"], t["title"], t["body"], comments)["comments"]
    for j, c in enumerate(built, start + 1):
        c["id"] = f"{tid}-c{j:02d}"
        t["comments"].append(c)
