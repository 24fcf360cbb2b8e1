"""Build brands.yaml and threads/<brand>.yaml from the brand modules."""
import os, sys, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kuura, naver, tyyni
OUT = os.path.dirname(HERE)
MODS = [kuura, naver, tyyni]

class D(yaml.SafeDumper):
    pass
def _str(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)
D.add_representer(str, _str)

brands = {m.KEY: m.BRAND for m in MODS}
with open(os.path.join(OUT, "brands.yaml"), "w", encoding="utf-8") as f:
    yaml.dump(brands, f, Dumper=D, allow_unicode=True, sort_keys=False, width=120)
os.makedirs(os.path.join(OUT, "threads"), exist_ok=True)
for m in MODS:
    with open(os.path.join(OUT, "threads", f"{m.KEY}.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(m.THREADS, f, Dumper=D, allow_unicode=True, sort_keys=False, width=120)
print("built", ", ".join(m.KEY for m in MODS))
