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
from shared.domain.model import Invitation, InvitationMatch, ReceptionLevel, SignText
from shared.qt.appbase import save_grab
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
SAMPLE_DOCUMENT = SignText(
    0, "safety", 3, "all", "安全告知", "Safety rules",
    "\n".join(["欢迎来访。进入厂区前，请仔细阅读以下安全须知：", "一、进入生产区域必须佩戴安全帽和防护眼镜。",
               "二、厂区内严禁烟火，禁止吸烟。", "三、请沿黄色通道行走，勿触碰运转中的设备。", "四、叉车作业区域请保持距离。",
               "五、发生紧急情况时，请听从陪同人员指挥，沿疏散指示撤离至集合点。",
               "六、未经许可，不得拍照或录像。", "七、离开时请交还访客证。"]),
    "\n".join(["Welcome. Before entering the site, please read these safety rules:",
               "1. Wear a helmet and safety glasses in production areas.", "2. No smoking and no open flames anywhere on site.",
               "3. Walk on the yellow paths; do not touch running machines.", "4. Keep clear of forklift areas.",
               "5. In an emergency, follow your escort and the exit signs to the assembly point.",
               "6. No photos or video without permission.", "7. Return your badge when you leave."]))


def sample_signature() -> tuple:
    """A signature-like scribble for screenshots and the demo."""
    import math

    return (tuple((0.08 + 0.5 * i / 50, 0.55 - 0.25 * math.sin(i / 5) * math.exp(-i / 60)) for i in range(51)),
            tuple((0.55 + 0.35 * i / 40, 0.5 + 0.15 * math.sin(i / 3)) for i in range(41)),
            tuple((0.2 + 0.6 * i / 20, 0.72) for i in range(21)))


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
                size: tuple[int, int], out_dir: Path, suffix: str, walk=None,
                stem: str = "kiosk-{number:02d}-{name}") -> list[Path]:
    """One kiosk window walked through its pages (walk: a generator of page names, _walk_through by default),
    each grabbed to out_dir/<stem><suffix>-<language>.png."""
    from kiosk.app import build_kiosk

    paths: list[Path] = []
    translations.switch(language)
    window = build_kiosk(config, store, translations, start_worker=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*size)
    window.show()
    try:
        for number, name in enumerate((walk or _walk_through)(window), start=1):
            name = stem.format(number=number, name=name)
            paths.append(save_grab(window, out_dir / f"{name}{suffix}-{language}.png"))
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
    yield from _photo_and_signing(window)
    window.go_welcome()


def _photo_and_signing(window) -> Iterator[str]:
    """The steps before saving, shown with the demo camera's picture and a sample document (nothing saved)."""
    from assets import DEMO_PHOTO
    from kiosk.camera import PictureCamera

    camera = PictureCamera(DEMO_PHOTO, window)
    window.photo_page.start(camera, window.settings.retention_days)
    window.show_page(window.photo_page)
    for _ in range(500):  # the picture's first frame comes on the next turn of the event loop
        if not window.photo_page.preview.image.isNull():
            break
        QCoreApplication.processEvents()
    _settle()
    yield "photo"
    window.photo_page.agree.setChecked(True)
    window.photo_page.take()
    _settle()
    yield "photo-taken"
    window.photo_page.stop()
    window.sign_page.show_document(SAMPLE_DOCUMENT, f"{SAMPLE['name']} (1 / 3)")
    window.show_page(window.sign_page)
    _settle()
    yield "sign"
    bar = window.sign_page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    _settle()
    window.sign_page.pad.show_strokes(sample_signature())
    _settle()
    yield "signed"
    window.sign_page.clear()


