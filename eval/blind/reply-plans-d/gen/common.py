def T(num, platform, objective, title, body, comments):
    return dict(num=num, platform=platform, objective=objective, title=title, body=body, comments=comments)
def C(author, parent, lang, text, plan, reason, ps="", fact=None, pi=False):
    return dict(author=author, parent=parent, language=lang, text=text, plan=plan, reason=reason,
                ps=ps, fact=fact, purchase_intent=pi)
def apply(threads, replace=None, convert=None, add=None):
    """replace: {num: T(...)}; convert: {(num, idx): {field: value}}; add: {num: [C(...)]}"""
    for i, t in enumerate(threads):
        if replace and t["num"] in replace:
            threads[i] = replace[t["num"]]
    for t in threads:
        for (num, idx), ch in (convert or {}).items():
            if t["num"] == num:
                t["comments"][idx - 1].update(ch)
        t["comments"] += (add or {}).get(t["num"], [])
    return threads
def N(reason, pi=None):
    d = dict(plan="none", reason=reason, ps="", fact=None)
    if pi is not None: d["purchase_intent"] = pi
    return d
