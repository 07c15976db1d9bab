"""A CUPS queue, fed raw ESC/POS through the `lp` command (no pycups, no compiler needed).

A queue cannot answer DLE EOT: status() is unknown, with the queue's state from lpstat as detail.
"""
from __future__ import annotations

import os
import subprocess

from PIL import Image

from shared.domain.model import PrinterStatus, PrintOutcome

from printers.status import unknown_status
from printers.backends.capabilities import prepare as prepare_capabilities
from printers.backends.base import Backend, escpos_profile, write_job

NEEDS_LP = "the `lp` command is missing: install the CUPS client (Debian: cups-client)"


class CupsPrinter(Backend):
    def __init__(self, name: str, queue: str, server: str = "", timeout: float = 30.0,
                 width_dots: int = 576, lp_command: str = "lp") -> None:
        super().__init__(name, width_dots)
        self.queue, self.server, self.timeout, self.lp_command = queue, server, timeout, lp_command

    def _command(self, program: str, *args: str) -> list[str]:
        return [program, *(["-h", self.server] if self.server else []), *args]

    def _deliver(self, image: Image.Image, stem: str) -> PrintOutcome:
        prepare_capabilities()
        from escpos.printer import Dummy  # here: escpos loads its capabilities on import

        job = Dummy(profile=escpos_profile(self.width_dots))
        write_job(job, image)
        command = self._command(self.lp_command, "-d", self.queue, "-o", "raw", "-t", stem)
        try:
            done = subprocess.run(command, input=job.output, capture_output=True, timeout=self.timeout,
                                  check=False)
        except FileNotFoundError:
            return PrintOutcome(False, f"printer {self.name!r}: {NEEDS_LP}")
        except subprocess.TimeoutExpired:  # lp may have queued it before hanging
            return PrintOutcome(False, f"printer {self.name!r}: lp did not finish in {self.timeout:g} s",
                                in_doubt=True)
        except OSError as exc:
            return PrintOutcome(False, f"printer {self.name!r}: cannot run {self.lp_command}: {exc}")
        if done.returncode != 0:
            said = " ".join(done.stderr.decode(errors="replace").split()) or f"exit code {done.returncode}"
            return PrintOutcome(False, f"CUPS queue {self.queue!r} refused the job: {said}")
        return PrintOutcome(True)

    def status(self) -> PrinterStatus:
        detail = f"CUPS queue {self.queue!r} cannot report paper or cover"
        lpstat = os.path.join(os.path.dirname(self.lp_command), "lpstat")  # beside lp
        try:
            done = subprocess.run(self._command(lpstat, "-p", self.queue), capture_output=True, timeout=5, check=False)
            said = " ".join((done.stdout or done.stderr).decode(errors="replace").split())
        except (OSError, subprocess.TimeoutExpired) as exc:
            said = f"lpstat: {exc}"
        return unknown_status(f"{detail}; {said}" if said else detail)

    def __repr__(self) -> str:
        return f"CupsPrinter({self.name!r}, queue={self.queue!r})"
