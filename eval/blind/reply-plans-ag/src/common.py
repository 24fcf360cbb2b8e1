def C(au, par, lang, text, plan, reason, pas=None, fact=None, pi=False):
    return dict(author=au, parent=par, language=lang, text=text, plan=plan, reason=reason,
                passages=(pas.split() if pas else []), fact=fact, purchase_intent=pi)
def T(num, platform, objective, title, body, author, comments):
    return dict(num=num, platform=platform, objective=objective, title=title, body=body, author=author, comments=comments)
