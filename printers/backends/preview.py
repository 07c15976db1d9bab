"""PNG files in a folder instead of paper: the demo and kiosks without a printer."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PIL import Image

from shared.domain.model import BadgeData, PrinterStatus, PrintOutcome

from printers.backends.base import Backend


class PreviewFolderPrinter(Backend):
    def __init__(self, name: str, folder: str | os.PathLike[str], width_dots: int = 576) -> None:
        super().__init__(name, width_dots)
        self.folder = Path(folder)

    def path_for(self, badge: BadgeData) -> Path:
        return self.folder / f"{self._stem(badge)}.png"

    def status(self) -> PrinterStatus:
        """Not a physical printer: "online" means the folder can be written now."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=self.folder):
                pass
        except OSError as exc:
            return PrinterStatus(online=False, paper="ok", cover_open=False, error=True,
                                 detail=f"preview folder {self.folder} is not writable: {exc}")
        return PrinterStatus(online=True, paper="ok", cover_open=False, error=False,
                             detail=f"preview folder {self.folder}")

    def _deliver(self, image: Image.Image, stem: str) -> PrintOutcome:
        target = self.folder / f"{stem}.png"
        partial = target.with_name(target.name + ".part")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            image.save(partial, format="PNG")
            os.replace(partial, target)  # a folder watcher never sees a half-written file
        except OSError as exc:
            return PrintOutcome(False, f"cannot write preview {target}: {exc}")
        return PrintOutcome(True)
