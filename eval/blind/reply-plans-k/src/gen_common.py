import yaml
PL = {"a":"answer","c":"correct","k":"acknowledge","t":"thank","n":"none"}
def T(brand, num, platform, objective, title, body, author, rows):
    tid = f"{brand}-{num:02d}"
    cs = []
    for i, r in enumerate(rows):
        if len(r) == 7 and isinstance(r[6], bool):
            r = tuple(r[:6]) + ("", None, r[6])
        au, par, lang, text, p, reason = r[:6]
        pas = r[6] if len(r) > 6 else ""
        fact = r[7] if len(r) > 7 else None
        pi = r[8] if len(r) > 8 else False
        cs.append({"id": f"{tid}-c{i+1:02d}", "author": au,
                   "parent": f"{tid}-c{par:02d}" if par else None,
                   "language": lang, "text": text, "plan": PL[p],
                   "reason": reason.replace("@", tid + "-c"),
                   "passages": [f"{brand}-g{int(x):02d}" for x in pas.split()],
                   "fact": fact, "purchase_intent": pi})
    t = {"id": tid, "platform": platform, "objective": objective, "title": title, "body": body}
    if author: t["author"] = author
    t["comments"] = cs
    return t
def dump(brand, threads):
    yaml.safe_dump(threads, open(f"threads/{brand}.yaml", "w"), allow_unicode=True, sort_keys=False, width=1000)
