import json, os, sys, yaml
sys.path.insert(0, os.path.dirname(__file__))
from brands_data import BRANDS
from fixes import FIXES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INT = dict(q="question", rr="recommendation_request", cp="comparison_or_purchase", co="complaint", pr="praise",
           fb="feedback_or_idea", mi="misinformation", ot="off_topic", sp="spam_or_self_promotion", tx="toxic")
RISK = dict(c="crisis_or_tragedy", i="injury_or_health", l="legal_or_financial_advice", m="minors", p="politics",
            h="harassment", ct="competitor_thread", cr="community_rule")
FLAG = dict(d="draft", o="optout", H="hard", s="sarcasm")
ORDER = list(RISK.values())
PLAT = dict(hn="hackernews")

def q(s): return json.dumps(s, ensure_ascii=False)

def parse(key):
    threads = []; used = set()
    for ln in open(os.path.join(ROOT, "src", key + ".txt"), encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip(): continue
        if ln.startswith("=="):
            head, title = ln[2:].split("|", 1)
            parts = head.split()
            plat = PLAT.get(parts[0], parts[0])
            trisk = [RISK[x] for x in parts[1].strip("[]").split(",")] if len(parts) > 1 else []
            threads.append(dict(id=f"{key}-j{len(threads)+1}", split="dev", platform=plat, title=title.strip(), trisk=trisk, comments=[]))
            continue
        head, text = ln.split("|", 1)
        lang, it, rk, fl = head.split()
        text = text.strip()
        intent = INT[it]
        risks = set(threads[-1]["trisk"])
        if rk != "-": risks |= {RISK[x] for x in rk.split(",")}
        flags = [FLAG[x] for x in fl.split(",")] if fl != "-" else []
        for pre, ni, add in FIXES:
            if text.startswith(pre):
                used.add(pre)
                if ni: intent = ni
                risks |= set(add)
        if "sarcasm" not in flags and it == "q" and False: pass
        threads[-1]["comments"].append([lang, intent, [r for r in ORDER if r in risks], " ".join(flags), text])
    cur=None
    for ln in open(os.path.join(ROOT, "src", "extras.txt"), encoding="utf-8"):
        ln=ln.rstrip("\n")
        if not ln.strip(): continue
        if ln.startswith("@"): cur=ln[1:].strip(); continue
        if not cur.startswith(key+"-"): continue
        t=[x for x in threads if x["id"]==cur][0]
        head, text = ln.split("|", 1)
        lang, it, rk, fl = head.split()
        risks=set(t["trisk"]) | ({RISK[x] for x in rk.split(",")} if rk != "-" else set())
        flags=[FLAG[x] for x in fl.split(",")] if fl != "-" else []
        t["comments"].append([lang, INT[it], [r for r in ORDER if r in risks], " ".join(flags), text.strip()])
    return threads, used

def main():
    allused = set()
    os.makedirs(os.path.join(ROOT, "threads"), exist_ok=True)
    for key in BRANDS:
        threads, used = parse(key); allused |= used
        out = []
        for t in threads:
            out.append(f"- id: {t['id']}\n  split: {t['split']}\n  platform: {t['platform']}\n  title: {q(t['title'])}\n  comments:\n")
            for c in t["comments"]:
                out.append(f"    - [{c[0]}, {c[1]}, [{', '.join(c[2])}], {q(c[3])}, {q(c[4])}]\n")
        open(os.path.join(ROOT, "threads", key + ".yaml"), "w", encoding="utf-8").write("".join(out))
    missing = [p for p, _, _ in FIXES if p not in allused]
    if missing: print("unused fixes:", missing)
    b = {}
    for key, v in BRANDS.items():
        b[key] = dict(name=v["name"], objective=v["objective"], terms=v["terms"], competitors=v["competitors"], topics=v["topics"],
                      guidance=[dict(id=f"{key}-g{i+1}", kind=k, language=l, text=t) for i, (k, l, t) in enumerate(v["guidance"])])
    with open(os.path.join(ROOT, "brands.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(b, f, allow_unicode=True, sort_keys=False, width=1000)
main()
