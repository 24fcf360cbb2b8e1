def T(id, platform, objective, title, body, author, comments):
    d = dict(id=id, platform=platform, objective=objective, title=title, body=body)
    if author:
        d["author"] = author
    d["comments"] = comments
    return d

def C(plan, lang, author, text, reason, ps="", fact=None, pi=False, p=None):
    if isinstance(ps, bool):  # shorthand: C(plan, lang, author, text, reason, True) = purchase intent, no passages
        ps, pi = "", ps
    return dict(plan=plan, language=lang, author=author, text=text, reason=reason,
                ps=ps, fact=fact, purchase_intent=pi, p=p)
