"""The kiosk's clinic pages in both languages as PNG files: the start page with its three ways in, a first visit
(the doctor, how they heard of the clinic, the summary), an emergency, and the end with the queue ticket.
The caller gives a store whose site profile is clinic; nothing is saved."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from shared.config import StationConfig
from shared.qt.i18n import Translations
from shared.store.engine import Store

from kiosk.screenshots import PORTRAIT, SIZE, _fill_walk_in, _photograph, _type


def clinic_kiosk_screenshots(config: StationConfig, store: Store, translations: Translations,
                             out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    previous, paths = translations.language, []
    try:
        for size, suffix in ((SIZE, ""), (PORTRAIT, "-portrait")):
            for language in ("zh_CN", "en"):
                paths += _photograph(config, store, translations, language, size, out_dir, suffix,
                                     walk=_walk_through, stem="clinic-kiosk-{name}")
    finally:
        translations.switch(previous)
    return paths


def _walk_through(window) -> Iterator[str]:
    QCoreApplication.processEvents()
    yield "welcome"
    window.go_walk_in()
    _fill_walk_in(window)
    _type(window.walk_in.company.edit, "")  # a clinic does not ask
    window.go_details()
    window.referral.next_button.click()  # nothing chosen: the kiosk reminds, as the desk would
    QCoreApplication.processEvents()
    yield "referral-reminded"
    window.referral.choices["search"].click()
    window.go_confirm()
    QCoreApplication.processEvents()
    yield "confirm"
    window.go_emergency()
    window.emergency.injury.click()
    _type(window.emergency.name.edit, "赵六")
    _type(window.emergency.mobile.edit, "13800000003")
    _type(window.emergency.cause.edit, "摔倒磕到门牙 Fell and hit a front tooth")
    QCoreApplication.processEvents()
    yield "emergency"
    window.done.show_checked_in(1, host_unknown=False)
    window.show_page(window.done)
    QCoreApplication.processEvents()
    yield "done"
    window.go_welcome()
