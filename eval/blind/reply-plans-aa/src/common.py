import yaml
class Thread:
    def __init__(self, tid, platform, objective, title, body, author=None):
        self.d = {"id": tid, "platform": platform, "objective": objective, "title": title, "body": body}
        if author: self.d["author"] = author
        self.d["comments"] = []
    def c(self, author, parent, lang, plan, text, reason, passages=(), fact=None, pi=False):
        n = len(self.d["comments"]) + 1
        tid = self.d["id"]
        self.d["comments"].append({
            "id": f"{tid}-c{n:02d}", "author": author,
            "parent": f"{tid}-c{parent:02d}" if parent else None,
            "language": lang, "text": text, "plan": plan, "reason": reason,
            "passages": list(passages), "fact": fact, "purchase_intent": pi})
        return self
def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(obj, f, allow_unicode=True, sort_keys=False, width=1000)
