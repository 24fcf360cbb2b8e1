def C(author, parent, language, text, plan, reason, pi=False, passages=None, fact=None):
    return dict(author=author, parent=parent, language=language, text=text, plan=plan,
                reason=reason, passages=list(passages or []), fact=fact, purchase_intent=pi)
