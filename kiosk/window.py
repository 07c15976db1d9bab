"""The kiosk window: a top bar and one page at a time, full screen and locked for visitors.

The window is the shell (pages, timers, language, settings, kiosk mode); kiosk/flow.py is the way
a visitor goes through it."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from shared.config import StationConfig
from shared.domain.model import Actor
from shared.domain.visitor_caches import forget_visitors
from shared.qt.card_reader import CardReaderWatch
from shared.qt.fonts import refresh_fonts
from shared.qt.i18n import Translations
from shared.qt.print_worker import PrintWorker
from shared.services.directory.hosts import search_hosts
from shared.services.site.settings import SiteSettings, site_settings

from kiosk import style
from kiosk.badge_watch import BadgeWatch
from kiosk.first_page import remember_site, remembered_site
from kiosk.flow import VisitorFlow
from kiosk.gestures import AdminExit, PinThrottle, TapCounter
from shared.qt.idle import IdleWatch
from kiosk.idle_warning import IdleWarning
from kiosk.keyboard import OnScreenKeyboard
from kiosk.pages.admin import AdminPage
from kiosk.pages.check_out import CheckOutPage
from kiosk.pages.confirm import ConfirmPage
from kiosk.pages.details import DetailsPage
from kiosk.pages.emergency import EmergencyPage
from kiosk.pages.done import DonePage
from kiosk.pages.feedback import FeedbackPage
from kiosk.pages.group import GroupPage
from kiosk.pages.invitation import InvitationPage
from kiosk.pages.invitation_problem import InvitationProblemPage
from kiosk.pages.wait import WaitPage
from kiosk.pages.photo import PhotoPage
from kiosk.pages.referral import ReferralPage
from kiosk.pages.sign import SignPage
from kiosk.camera import make_camera
from kiosk.pages.is_this_you import IsThisYouPage
from kiosk.pages.see_reception import SeeReceptionPage
from kiosk.pages.walk_in import WalkInPage
from kiosk.pages.welcome import WelcomePage
from kiosk.scanner import ScannerInput
from kiosk.top_bar import TopBar
from kiosk.widgets import page_area

if TYPE_CHECKING:  # the window gets a store; only app.py opens one
    from shared.store.engine import Store

log = logging.getLogger(__name__)

DEFAULT_SITE_NAME = SiteSettings().site_name
FONT_REFRESH_EVERY = 50  # visitors: Qt's glyph caches and the visitor caches are dropped then


class KioskWindow(VisitorFlow, AdminExit, QWidget):
    # Instance-overridable, so tests (and sites) can shorten them; None: from the site's settings.
    idle_timeout_ms: int | None = None  # quiet this long, then "are you still there?"
    idle_warning_ms: int | None = None  # ... and this long to answer, then back to the start
    done_timeout_ms = 15_000  # the done (and see-reception, feedback) page clears itself
    feedback_thanks_ms = 2_500  # "thank you" after a rating, then the start

    def __init__(self, config: StationConfig, store: Store, translations: Translations,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visitors_since_refresh = 0
        # Kiosk mode: no frame to close or move; run() shows it full screen.
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setWindowTitle(config.site_name)
        self.setAccessibleName("Kiosk")
        self.config, self.store, self._translations = config, store, translations
        self.actor = Actor(station=config.station, operator="kiosk")
        self.settings = SiteSettings()
        self.print_worker: PrintWorker | None = None
        self.card_reader: CardReaderWatch | None = None
        self.exit_unlocked = False
        self._names_at_desk = False
        self._leaving_visit_id: int | None = None

        self.top_bar = TopBar(config.site_name, translations.language)
        self.welcome = WelcomePage(config.site_name)
        self.walk_in = WalkInPage(search=lambda text: search_hosts(store, text))
        self.details = DetailsPage()
        self.group = GroupPage()
        self.confirm = ConfirmPage()
        self.invitation = InvitationPage()
        self.is_this_you = IsThisYouPage()
        self.invitation_problem = InvitationProblemPage()
        self.see_reception = SeeReceptionPage()
        self.done = DonePage()
        self.check_out_page = CheckOutPage()
        self.feedback = FeedbackPage()
        self.wait_page = WaitPage()
        self.photo_page = PhotoPage()
        self.sign_page = SignPage()
        self.referral = ReferralPage()  # a clinic's first visit
        self.emergency = EmergencyPage()
        self.camera = make_camera(config.camera, self)  # started only on the photo page
        # Wrong admin PINs are counted here, not on the page: leaving and re-opening it changes nothing.
        self.admin_throttle = PinThrottle()
        self.admin = AdminPage(self.admin_throttle)
        # The on-screen keyboard takes the lower part of the screen while a field has focus; the
        # pages scroll above it so the field being typed into stays in view.
        self.pages, self.page_area = page_area([
            self.welcome, self.walk_in, self.details, self.group, self.confirm, self.invitation, self.is_this_you,
            self.invitation_problem, self.see_reception, self.done, self.check_out_page, self.feedback,
            self.wait_page, self.photo_page, self.sign_page, self.referral, self.emergency, self.admin])
        self.keyboard = OnScreenKeyboard(language=translations.language)
        self.keyboard.shown_changed.connect(self._keep_focus_visible)
        # A bound slot, not a lambda: Qt drops the connection when this window is destroyed.
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.page_area, 1)
        layout.addWidget(self.keyboard)
        self.idle_warning = IdleWarning(self)
        style.apply(self)

        self._idle = IdleWatch(self)
        self.scanner = ScannerInput(self)
        self.badge_watch = BadgeWatch(store, self)
        self._shown_site = remembered_site(config)  # what the next start's first page will show
        self.done_timer = QTimer(self)
        self.done_timer.setSingleShot(True)
        self.done_timer.timeout.connect(self.next_visitor)
        self._admin_taps = TapCounter()
        self._connect()
        self.refresh_settings()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        style.fit(self, event.size().width(), event.size().height())
        super().resizeEvent(event)

    def _connect(self) -> None:
        self.top_bar.language_chosen.connect(self.switch_language)
        self.top_bar.site.tapped.connect(self._on_site_tapped)
        self._idle.idle.connect(self._on_idle)
        self.idle_warning.resumed.connect(self._arm_idle)
        self.idle_warning.expired.connect(self.next_visitor)
        self.scanner.scanned.connect(self.on_scanned)
        self.badge_watch.failed.connect(self.done.show_printer_failed)

        self.welcome.invitation_chosen.connect(self.go_invitation)
        self.welcome.walk_in_chosen.connect(self.go_walk_in)
        self.welcome.check_out_chosen.connect(self.go_check_out)
        self.connect_clinic()
        self.walk_in.back.connect(self.go_welcome)
        self.walk_in.next.connect(self.go_details)
        self.details.back.connect(lambda: self.show_page(self.walk_in))
        self.details.next.connect(self.after_details)
        self.group.back.connect(lambda: self.show_page(self.details))
        self.group.next.connect(self.go_confirm)
        self.group.names_at_desk.connect(lambda: self.go_confirm(names_at_desk=True))
        self.confirm.change.connect(self.back_from_confirm)
        self.confirm.declined.connect(self.decline)
        self.confirm.confirmed.connect(self.check_in)
        self.invitation.back.connect(self.go_welcome)
        self.invitation.walk_in.connect(self.go_walk_in)
        self.invitation.code_entered.connect(self.lookup_invitation)
        self.invitation.mobile_entered.connect(self.lookup_mobile)
        self.invitation.match_chosen.connect(self.choose_match)
        self.is_this_you.not_me.connect(self.go_invitation)
        self.is_this_you.declined.connect(self.decline)
        self.is_this_you.confirmed.connect(self.check_in_invitation)
        self.invitation_problem.try_again.connect(self.go_invitation)
        self.invitation_problem.walk_in.connect(self.go_walk_in)
        self.see_reception.finished.connect(self.next_visitor)
        self.done.finished.connect(self.next_visitor)
        self.check_out_page.back.connect(self.go_welcome)
        self.wait_page.finished.connect(self.after_wait)
        self.wait_page.back.connect(self.go_welcome)
        self.feedback.rated.connect(self.rate_visit)
        self.feedback.skipped.connect(self.next_visitor)
        self.photo_page.chosen.connect(self.on_photo_chosen)
        self.sign_page.signed.connect(self.on_signed)
        self.sign_page.declined.connect(self.on_sign_declined)
        self.admin.back.connect(self.go_welcome)
        self.admin.exit_kiosk.connect(self.exit_kiosk)

    # Site settings ------------------------------------------------------------------------

    def refresh_settings(self) -> None:
        """Read at start and for each new visitor, so a change made at the console shows here."""
        try:
            self.settings = site_settings(self.store)
        except Exception:  # the database is away: keep what we had, the visitor can still start
            log.exception("cannot read the site settings")
        s = self.settings
        self.apply_profile(s.profile)
        name = self.site_name()
        self.setWindowTitle(name)
        self.top_bar.site.show_site(name, s.logo_path)
        self.welcome.show_site(name, s.logo_path)
        if (name, s.logo_path) != self._shown_site:
            self._shown_site = (name, s.logo_path)
            remember_site(self.config.station, name, s.logo_path)
        self.details.ask(plate=s.ask_plate, region=s.ask_region, id_number=s.ask_id_number)

    def site_name(self) -> str:
        """The site's own name from its settings; the station's config when the site set none."""
        name = self.settings.site_name.strip()
        return name if name and name != DEFAULT_SITE_NAME else self.config.site_name

    def _idle_ms(self) -> int:
        return self.idle_timeout_ms if self.idle_timeout_ms is not None else self.settings.idle_timeout_s * 1000

    def _warning_ms(self) -> int:
        return self.idle_warning_ms if self.idle_warning_ms is not None else self.settings.idle_warning_s * 1000

    # Navigation ---------------------------------------------------------------------------

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.done_timer.stop()
        self.idle_warning.stop()
        if page is not self.done:
            self.badge_watch.stop()
        self._arm_idle()
        if page in (self.done, self.see_reception, self.feedback):
            self.done_timer.start(self.done_timeout_ms)

    def clear_visitor(self) -> None:
        """Every field empty (setText, no undo history) and every page forgets the visitor."""
        self.forget_card()
        self.walk_in.clear()
        self.details.clear()
        self.group.clear()
        self.confirm.clear()
        self.invitation.clear()
        self.is_this_you.clear()
        self.check_out_page.show_problem(None)
        self.clear_patient()
        self.wait_page.stop()
        self.feedback.reset()
        self.admin.lock()
        self.forget_steps()  # the photo, the signatures (kiosk/before_saving.py)
        self._names_at_desk = False
        self._leaving_visit_id = None

    def go_welcome(self) -> None:
        """Also the way out after idling: the next visitor must not see this one's data."""
        self.clear_visitor()
        self.refresh_settings()
        self.show_page(self.welcome)

    def next_visitor(self) -> None:
        """After a check-in or a walk-away, the next visitor starts in the site's own language."""
        self.switch_language(self.config.language)
        self._visitors_since_refresh += 1
        if self._visitors_since_refresh >= FONT_REFRESH_EVERY:  # before the welcome page paints again
            self._visitors_since_refresh = 0
            forget_visitors()  # past visitors' names in caches (shared.domain.visitor_caches)
            refresh_fonts()
        self.go_welcome()

    # Idle ---------------------------------------------------------------------------------

    def _arm_idle(self) -> None:
        # On the start page only a language left switched needs resetting.
        if self.current_page() is not self.welcome or self._translations.language != self.config.language:
            self._idle.arm(self._idle_ms())
        else:
            self._idle.disarm()

    def _on_idle(self) -> None:
        if self.current_page() is self.welcome:
            self.next_visitor()
        else:
            self.idle_warning.start(self._warning_ms())

    # Language -----------------------------------------------------------------------------

    def switch_language(self, language: str) -> None:
        """Every page retranslates itself on the LanguageChange this sends."""
        if language != self._translations.language:
            self._translations.switch(language)
            # Qt posts LanguageChange; deliver it now so the whole screen switches within the tap.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.top_bar.show_language(language)
        self.keyboard.set_language(language)
        if not self.idle_warning.active:
            self._arm_idle()

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._keep_focus_visible(True)

    def _keep_focus_visible(self, shown: bool) -> None:
        focused = QApplication.focusWidget()
        if shown and self.keyboard.isVisible() and focused is not None and self.pages.isAncestorOf(focused):
            # Once the layout has made room for the keyboard and the scroll range has grown.
            QTimer.singleShot(50, lambda: self.page_area.ensureWidgetVisible(focused, 0, 48))

    # Kiosk mode (the admin's way out: kiosk.gestures.AdminExit) -----------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape or (event.key() == Qt.Key.Key_F4
                                                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            event.accept()  # nothing leaves the kiosk by keyboard
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.exit_unlocked:  # Alt+F4, a window manager's close: a visitor must not end the kiosk
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)

    # Lifetime -----------------------------------------------------------------------------

    def set_card_reader(self, watch: CardReaderWatch) -> None:
        self.card_reader = watch
        watch.card_read.connect(self.on_card_read)
        watch.problem.connect(self.on_card_problem)
        self.walk_in.show_card("prompt")
        self.welcome.show_card_reader(True)

    def set_print_worker(self, worker: PrintWorker) -> None:
        self.print_worker = worker
        worker.finished_job.connect(self.badge_watch.on_finished_job)

    def shutdown(self) -> None:
        """Stops what runs on its own: timers, the input filters and the print worker."""
        self._idle.release()
        self.scanner.release()
        self.done_timer.stop()
        self.badge_watch.stop()
        self.idle_warning.stop()
        if self.camera is not None:
            self.camera.stop()
        if self.card_reader is not None:
            self.card_reader.stop()
            self.card_reader = None
        if self.print_worker is not None:
            self.print_worker.stop()
            self.print_worker = None
