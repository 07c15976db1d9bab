"""Memory of badge printing over many different visitors, in a fresh process.

badge_rss_mb_3000: resident memory after rendering 3,000 visitor badges, each with a new random name and
company drawn from the 8,105 common characters (every new glyph and every size shrink-to-fit tries costs
font memory). badge_rss_growth_pct: growth from the 1,000th badge to the last (after warm-up; flat is the aim).
Not the kiosk's whole figure (that is kiosk_rss_mb_5k, still to come), but the part that grew."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BADGES, WARM = 3000, 1000

CHILD = r'''
import dataclasses, json, random, sys
from printers.layout import render_document
from tests.support.images import layout_samples

def rss_mb():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20

badge = layout_samples()["visitor"]
table = open("tests/data/general-standard-chinese-characters-8105.txt", encoding="utf-8").read().split()
rng = random.Random(5)
warm = 0.0
for i in range(int(sys.argv[1])):
    name = "".join(rng.choice(table) for _ in range(rng.choice((2, 3, 3, 4, 5, 8, 12))))
    company = "".join(rng.choice(table) for _ in range(rng.randint(2, 30)))
    render_document(dataclasses.replace(badge, visitor_name=name, company=company), 576)
    if i + 1 == int(sys.argv[2]):
        warm = rss_mb()
print(json.dumps({"warm": warm, "end": rss_mb()}))
'''


def run() -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(BADGES), str(WARM)], cwd=ROOT, check=True,
                          capture_output=True, text=True, timeout=900)
    seen = json.loads(done.stdout)
    return {"badge_rss_mb_3000": seen["end"], "badge_rss_growth_pct": (seen["end"] / seen["warm"] - 1) * 100}
