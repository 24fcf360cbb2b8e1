import yaml
def T(brand, n, platform, objective, title, body, author, comments):
    tid = f"{brand}-{n:02d}"
    t = dict(id=tid, platform=platform, objective=objective, title=title, body=body)
    if author: t["author"] = author
    cs = []
    for i, c in enumerate(comments):
        a, p, lang, text, plan, reason = c[:6]
        ps = c[6] if len(c) > 6 else ""
        fact = (c[7] if len(c) > 7 else None) or None
        pi = c[8] if len(c) > 8 else False
        cs.append(dict(id=f"{tid}-c{i+1:02d}", author=a, parent=(f"{tid}-c{p:02d}" if p else None),
            language=lang, text=text, plan=plan, reason=reason.replace("@", tid + "-c"),
            passages=[f"{brand}-{x}" for x in ps.split()], fact=fact, purchase_intent=pi))
    t["comments"] = cs
    return t
def dump(brand, threads):
    yaml.safe_dump(threads, open(f"threads/{brand}.yaml", "w"), allow_unicode=True, sort_keys=False, width=1000)
