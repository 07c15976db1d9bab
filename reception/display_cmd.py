"""`reception display [--windowed]`: the waiting-room or lobby screen (full screen, no controls).

A clinic's board of calls and queues, or an office's welcome board for today's VIP guests, as the site's profile
says. Each call it announces is also one line on stdout ("display: call A012 张*明 请到 3号诊室").
Exit codes: 0 stopped; 4 Qt cannot start here (one paragraph says what to install or set)."""
from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_NO_QT = 0, 4


def cmd_display(args, load_config) -> int:
    from shared.system_libs import preflight

    problem = preflight(keyboard=False)  # sound and speech are optional: without them the board is silent
    if problem:
        print(f"reception: {problem}", file=sys.stderr)
        return EXIT_NO_QT
    from display.app import run

    return run(load_config(args), sys.argv[:1], windowed=args.windowed, exit_when_shown=args.exit_when_shown)


def register(sub, db_sub, load_config) -> None:
    d = sub.add_parser("display", help="the waiting-room or lobby screen: calls and queues, or the welcome board",
                       description="Full screen, no controls; Esc does not close it. A clinic site shows who is "
                                   "called in (with a chime, and the call read aloud where the machine can "
                                   "speak) and each doctor's queue; an office or factory site welcomes today's "
                                   "VIP guests. Exit code 4: Qt cannot start here.")
    d.add_argument("--windowed", action="store_true", help="run in a window instead of full screen")
    d.add_argument("--config", default=argparse.SUPPRESS, help="station config file (TOML)")
    d.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    d.set_defaults(func=lambda args: cmd_display(args, load_config))
