def c(author, parent, lang, text, plan, reason, g="", f=None, pi=False):
    return dict(author=author, parent=parent, language=lang, text=text, plan=plan, reason=reason, g=g, f=f, pi=pi)
def T(platform, objective, title, body, author, comments):
    return dict(platform=platform, objective=objective, title=title, body=body, author=author, comments=comments)
