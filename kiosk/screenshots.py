"""Every kiosk page in both languages as PNG files, for the README and for looking at the layouts.

Pages are filled with sample data and shown directly: a screenshot run saves nothing."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit

from shared.config import StationConfig
from shared.domain.errors import TooManyTries
from shared.domain.identity import mask_id_number
from shared.domain.model import Invitation, InvitationMatch, ReceptionLevel
from shared.qt.i18n import Translations
from shared.store.engine import Store

from kiosk.host_list import HOST_ROLE

SIZE = (1280, 800)  # the README size; kiosks run at 1920x1080, where every page has more room
PORTRAIT = (1080, 1920)  # a free-standing lobby kiosk: cards stacked, choices one above the other
SAMPLE = {"name": "欧阳娜娜", "mobile": "13800138000", "company": "星河科技 Galaxy Tech",
          "host_search": "z", "host": "张三"}
SAMPLE_BAD_MOBILE = "1380013800"  # one digit short
SAMPLE_CODE = "K7M2QX9P"
SAMPLE_INVITATION = Invitation(SAMPLE_CODE, "王建明", "宏远物流 Hongyuan Logistics", "李四", ReceptionLevel.STANDARD)
SAMPLE_MATCHES = [InvitationMatch(SAMPLE_CODE, "王*明", "李四"), InvitationMatch("R4TV8WZN", "王*", "陈建国")]
SAMPLE_MEMBERS = ["李雷", "韩梅梅"]
SAMPLE_ID = "11010519491231002X"  # a valid GB 11643 check digit


def kiosk_screenshots(config: StationConfig, store: Store, translations: Translations,
                      out_dir: Path) -> list[Path]:
    """Every page in both languages, landscape (SIZE) then portrait (PORTRAIT, "-portrait" in the name), as
    PNGs, without saving anything to the store.

    The caller owns the QApplication; the store should hold a host directory (e.g. seed_demo)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    previous = translations.language
    paths: list[Path] = []
    try:
        for size, suffix in ((SIZE, ""), (PORTRAIT, "-portrait")):
            for language in ("zh_CN", "en"):
                paths += _photograph(config, store, translations, language, size, out_dir, suffix)
    finally:
        translations.switch(previous)
    return paths


def _photograph(config: StationConfig, store: Store, translations: Translations, language: str,
                size: tuple[int, int], out_dir: Path, suffix: str) -> list[Path]:
    from kiosk.app import build_kiosk

    paths: list[Path] = []
    translations.switch(language)
    window = build_kiosk(config, store, translations, start_worker=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*size)
    window.show()
    try:
        for number, name in enumerate(_walk_through(window), start=1):
            path = out_dir / f"kiosk-{number:02d}-{name}{suffix}-{language}.png"
            window.grab().save(str(path))
            paths.append(path)
    finally:
        window.allow_exit()
        window.close()
        window.deleteLater()
    return paths


def _settle() -> None:
    QCoreApplication.processEvents()


def _type(edit: QLineEdit, text: str) -> None:
    """As a visitor's typing does: replace the text and emit textEdited."""
    edit.setText(text)
    edit.textEdited.emit(text)


def _fill_walk_in(window) -> None:
    form = window.walk_in
    for field, text in ((form.name, SAMPLE["name"]), (form.mobile, SAMPLE["mobile"]),
                        (form.company, SAMPLE["company"])):
        _type(field.edit, text)
    _type(form.host_search, SAMPLE["host_search"])
    names = [form.hosts.item(row).data(HOST_ROLE).name for row in range(form.hosts.count())]
    if names:
        form.hosts.setCurrentRow(names.index(SAMPLE["host"]) if SAMPLE["host"] in names else 0)


def _walk_through(window) -> Iterator[str]:
    """Drives the window like a visitor would and yields a name at each page worth a picture.

    The first six keep their numbers: the README shows some of them."""
    _settle()
    yield "welcome"
    window.go_walk_in()
    _settle()
    yield "walk-in-empty"
    _fill_walk_in(window)
    _settle()
    yield "walk-in-filled"
    _type(window.walk_in.mobile.edit, SAMPLE_BAD_MOBILE)
    _settle()
    yield "walk-in-invalid"
    _type(window.walk_in.mobile.edit, SAMPLE["mobile"])
    window.go_details()
    window.after_details()
    _settle()
    yield "confirm"
    window.clear_visitor()
    window.done.show_checked_in(1, host_unknown=False)
    window.show_page(window.done)  # shown, not reached: a screenshot must not register a visit
    _settle()
    yield "done"

    window.go_invitation()
    _type(window.invitation.code, SAMPLE_CODE)
    _settle()
    yield "invitation-code"
    window.invitation.clear()
    _type(window.invitation.mobile, "13912345678")
    window.invitation.show_matches(SAMPLE_MATCHES)
    _settle()
    yield "mobile-lookup"
    window.is_this_you.show_invitation(SAMPLE_INVITATION, masked=False,
                                       retention_days=window.settings.retention_days)
    window.show_page(window.is_this_you)
    _settle()
    yield "is-this-you"
    window.invitation_problem.show_problem("expired")
    window.show_page(window.invitation_problem)
    _settle()
    yield "invitation-problem"

    window.go_walk_in()
    _fill_walk_in(window)
    _type(window.walk_in.host_search, "nobody")
    window.walk_in.not_listed.click()
    _settle()
    yield "walk-in-host-not-listed"
    window.go_walk_in()
    _fill_walk_in(window)
    window.go_details()
    _settle()
    yield "details-empty"
    window.details.ask(plate=True, region=True, id_number=True)  # as a site may turn them on
    details = window.details
    details.party_size.set_value(3)
    _type(details.purpose.edit, "季度业务会议")
    _type(details.plate.edit, "粤B·D12345")
    _type(details.region.edit, "深圳 Shenzhen")
    _type(details.id_number.edit, SAMPLE_ID[:-1] + "3")  # a wrong check digit
    _settle()
    yield "details-invalid"
    _type(details.id_number.edit, SAMPLE_ID)
    window.after_details()
    for field, name in zip(window.group.members, SAMPLE_MEMBERS):
        _type(field.edit, name)
    _settle()
    yield "group-names"
    window.go_confirm()
    window.confirm.privacy.agree.setChecked(True)
    window.confirm.show_consent_problem("id_consent")
    _settle()
    yield "consent"
    window.clear_visitor()
    window.show_page(window.see_reception)
    _settle()
    yield "see-reception"
    window.done.show_checked_in(1, host_unknown=True)
    window.show_page(window.done)
    _settle()
    yield "done-host-unknown"
    window.done.show_checked_in(3, host_unknown=False)
    window.done.show_printer_failed()
    _settle()
    yield "done-printer-failed"

    window.go_check_out()
    _settle()
    yield "check-out"
    window.check_out_page.show_problem("unknown")
    _settle()
    yield "check-out-unknown"
    window.feedback.reset()
    window.show_page(window.feedback)
    _settle()
    yield "feedback"
    window.go_walk_in()
    _fill_walk_in(window)
    window.idle_warning.start(20_000)
    _settle()
    yield "idle-warning"
    window.idle_warning.stop()
    window.clear_visitor()
    window.admin.open(lambda _entered: False)
    window.show_page(window.admin)
    _type(window.admin.pin, "1234")
    window.admin.unlock_button.click()
    _settle()
    yield "admin-pin"
    for guess in ("1235", "1236"):  # the third wrong PIN in a row makes the next one wait
        _type(window.admin.pin, guess)
        window.admin.unlock_button.click()
    _settle()
    yield "admin-locked"
    window.admin_throttle.record(True, 0.0)  # a screenshot run leaves no wait behind

    # Pages added later go last, so the numbers the README uses stay as they are.
    window.go_invitation()
    window.is_this_you.show_invitation(SAMPLE_INVITATION, masked=True,
                                       retention_days=window.settings.retention_days)
    window.show_page(window.is_this_you)
    _type(window.is_this_you.full_name.edit, "王明")
    window.is_this_you.show_name_problem("mismatch")
    _settle()
    yield "is-this-you-by-mobile"
    window.go_invitation()
    window.must_wait(TooManyTries(20), window.invitation)  # shown only; nothing is counted
    _settle()
    yield "wait"
    window.go_walk_in()
    window.walk_in.show_card("prompt")  # a station with an ID card reader
    _settle()
    yield "walk-in-card-prompt"
    window.walk_in.fill_from_card(SAMPLE["name"])
    window.walk_in.show_card("read", mask_id_number(SAMPLE_ID))
    _settle()
    yield "walk-in-card-read"
    window.walk_in.show_card("")
    window.go_welcome()


