def _c(plan, au, par, lang, text, reason, passages=(), fact=None, pi=False):
    return dict(author=au, parent=par, language=lang, text=text, plan=plan, reason=reason,
                passages=list(passages), fact=fact, purchase_intent=pi)
def A(au, par, lang, text, reason, passages, fact, pi=False): return _c("answer", au, par, lang, text, reason, passages, fact, pi)
def K(au, par, lang, text, reason, passages, fact, pi=False): return _c("correct", au, par, lang, text, reason, passages, fact, pi)
def Ack(au, par, lang, text, reason, pi=False): return _c("acknowledge", au, par, lang, text, reason, pi=pi)
def Th(au, par, lang, text, reason): return _c("thank", au, par, lang, text, reason)
def N(au, par, lang, text, reason, pi=False): return _c("none", au, par, lang, text, reason, pi=pi)
def T(tid, platform, objective, title, body, author, comments):
    cs = []
    for i, c in enumerate(comments, 1):
        c = dict(c)
        cid = f"{tid}-c{i:02d}"
        par = c.pop("parent")
        d = {"id": cid, "author": c.pop("author"), "parent": (f"{tid}-c{par:02d}" if par else None)}
        d.update(c)
        cs.append(d)
    t = {"id": tid, "platform": platform, "objective": objective, "title": title, "body": body}
    if author: t["author"] = author
    t["comments"] = cs
    return t
