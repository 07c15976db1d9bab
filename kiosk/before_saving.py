"""Between the visitor's "confirm" and the save: the photo for the badge (when the site takes one) and the
documents to sign (each member of a group in turn). A mixin of VisitorFlow; nothing is saved before the
last step, and declining a document ends the check-in with "please see reception"."""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable

from shared.domain.model import Attachments, Signature, SignText, VisitorPhoto
from shared.services.site.sign_documents import documents_for

log = logging.getLogger(__name__)


class BeforeSaving:
    """Expects the window's photo and sign pages, camera, settings, store, show_page and decline."""

    _steps: deque = deque()
    _photo: VisitorPhoto | None = None
    _signatures: list[Signature] = []
    _save: Callable[[Attachments], None] | None = None
    _signing: tuple[SignText, int] | None = None  # the document on the page, and whose turn (member no.)

    def before_saving(self, save: Callable[[Attachments], None], check_in: str, level: str,
                      signers: list[str]) -> None:
        """Run the steps this check-in needs, then save(attachments). Raises when the documents cannot be
        read (the caller shows its failure, as for a failed save)."""
        documents = documents_for(self.store, check_in, level)
        self._save, self._signatures = save, []
        self._steps = deque()
        if self.settings.take_photo and self._photo is None:
            self._steps.append(("photo",))
        party = len(signers)
        for member_no, name in enumerate(signers, start=1):
            who = f"{name} ({member_no} / {party})" if party > 1 else ""
            self._steps.extend(("sign", document, member_no, who) for document in documents)
        self._next_step()

    def _next_step(self) -> None:
        if not self._steps:
            save, self._save = self._save, None
            attachments = Attachments(self._photo, tuple(self._signatures))
            if save is not None:
                if self.current_page() in (self.photo_page, self.sign_page):
                    # The signed copies take ~0.5 s each (a group's several seconds): say so, drawn now, since
                    # the save holds the screen until it is done.
                    self.current_page().set_busy(True)
                    self.current_page().repaint()
                save(attachments)
            return
        step = self._steps.popleft()
        if step[0] == "photo":
            if self.camera is None:  # the station has none: the desk sees why there is no photo
                self._photo = VisitorPhoto(missing="no_camera")
                self._next_step()
                return
            self.show_page(self.photo_page)
            self.photo_page.start(self.camera, self.settings.retention_days)
            return
        _, document, member_no, who = step
        self._signing = (document, member_no)
        self.sign_page.show_document(document, who)
        self.show_page(self.sign_page)

    def on_photo_chosen(self, photo: VisitorPhoto) -> None:
        if self._save is not None:
            self._photo = photo
            self._next_step()

    def on_signed(self, strokes, language: str) -> None:
        if self._save is None or self._signing is None:
            return
        document, member_no = self._signing
        self._signing = None
        self._signatures.append(Signature(document.id, strokes, member_no, language))
        self._next_step()

    def on_sign_declined(self) -> None:
        """Not signing is the visitor's right: nothing is saved, and reception takes it from here."""
        self.decline()

    def forget_steps(self) -> None:
        self._steps, self._photo, self._signatures, self._save, self._signing = deque(), None, [], None, None
        self.photo_page.clear()
        self.sign_page.clear()
