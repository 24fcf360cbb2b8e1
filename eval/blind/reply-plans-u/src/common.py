PL = {"A":"answer","K":"correct","Ack":"acknowledge","T":"thank","N":"none"}
def c(par, author, lang, plan, text, reason, p="", f=None, pi=False):
    return dict(par=par, author=author, language=lang, plan=PL[plan], text=text, reason=reason,
                p=p.split(), fact=f, purchase_intent=pi)
def T(num, platform, objective, title, body, comments, author=None):
    return dict(num=num, platform=platform, objective=objective, title=title, body=body, author=author, comments=comments)
