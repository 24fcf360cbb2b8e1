def T_(id, platform, objective, title, body, author, comments):
    return dict(id=id, platform=platform, objective=objective, title=title, body=body, author=author, comments=comments)
def C(author, parent, language, text, plan, reason, passages="", fact=None, pi=False):
    return dict(author=author, parent=parent, language=language, text=text, plan=plan, reason=reason,
                passages=passages or "", fact=fact, purchase_intent=pi)
