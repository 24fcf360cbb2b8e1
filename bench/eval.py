"""`make eval`: signals and opportunity scoring measured on the labelled set in eval/."""

from __future__ import annotations

import sys

from eval.run import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
