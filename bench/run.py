from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BENCHMARKS = ["checkin_to_badge", "feed_latency", "kiosk_start", "kiosk_confirm", "badge_render", "console_refresh",
              "host_search", "badge_memory", "log_search", "checkin_service", "checkin_signed", "kiosk_memory", "heartbeat"]


def main(argv: list[str]) -> int:
    import importlib

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = [argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg == "--only"]
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown or argv[-1:] == ["--only"]:
        print(f"bench: --only takes one of {', '.join(BENCHMARKS)}" + (f" (not {', '.join(unknown)})" if unknown
                                                                        else ""), file=sys.stderr)
        return 2
    figures: dict[str, float] = {}
    for name in [b for b in BENCHMARKS if not chosen or b in chosen]:
        figures.update(importlib.import_module(f"bench.{name}").run())
    if "--json" in argv:
        print(json.dumps({"figures": {k: round(v, 3) for k, v in figures.items()}}))
        return 0
    width = max(map(len, figures))
    print(f"{'figure'.ljust(width)}  value")
    for name, value in figures.items():
        print(f"{name.ljust(width)}  {value:10.2f}")
    return 0
