import yaml, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from brands_src import BRANDS
import kk, hv, uv
out = os.path.join(os.path.dirname(__file__), "..")
class D(yaml.SafeDumper): pass
def s(d, v):
    return d.represent_scalar("tag:yaml.org,2002:str", v, style='"' if any(ch in v for ch in ":#'\"@`|>%&*!{}[],?-") or v.strip()!=v else None)
yaml.add_representer(str, s, Dumper=D)
def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        txt = yaml.dump(obj, Dumper=D, allow_unicode=True, sort_keys=False, width=1000)
        import re
        txt = re.sub(r"\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1), 16)), txt)
        assert yaml.safe_load(txt) == obj
        f.write(txt)
dump(BRANDS, os.path.join(out, "brands.yaml"))
for name, mod in (("kk", kk), ("hv", hv), ("uv", uv)):
    dump(mod.THREADS, os.path.join(out, "threads", f"{name}.yaml"))
print("ok")
