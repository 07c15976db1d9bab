"""Frozen data that crosses layers: services return these, never ORM rows."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from shared.domain.states import VisitState


class ReceptionLevel(StrEnum):
    STANDARD = "standard"
    SENIOR = "senior"
    VIP = "vip"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does an action and where: every event records both."""

    station: str
    operator: str = "visitor"
    role: str = ""  # the operator's role (receptionist / security / admin); "" for kiosks and the system


@dataclass(frozen=True, slots=True)
class Host:
    id: int
    name: str
    name_en: str
    department: str


@dataclass(frozen=True, slots=True)
class WalkIn:
    """What a visitor types at the kiosk (or the desk types for them). host_id None with
    host_unknown: "my host is not listed", and reception finds the host."""

    name: str
    mobile: str
    company: str
    host_id: int | None
    party_size: int = 1
    purpose: str = ""
    plate: str = ""
    region: str = ""
    id_number: str = ""
    host_unknown: bool = False
    id_source: str = "typed"  # ID_SOURCES: "card" when a card reader filled the number in
    address: str = ""  # off the ID card, kept only where the site turns it on (SiteSettings.keep_card_address)
    nation: str = ""  # off the resident ID card (民族), likewise (keep_card_nation)
    # At a clinic (shared.domain.clinic): first_visit / injury / emergency, how they heard of the clinic
    # (required for a first visit) and an emergency's cause; "" at an office or a gate.
    patient_kind: str = ""
    referral: str = ""
    cause: str = ""


@dataclass(frozen=True, slots=True)
class VisitorPhoto:
    """The kiosk's photo of the visitor (a JPEG cropped to the face guide), or why there is none
    (shared.domain.photo.PHOTO_MISSING: declined, no_camera, camera_failed)."""

    jpeg: bytes = b""
    missing: str = ""


Stroke = tuple[tuple[float, float], ...]  # points on the signature pad, 0..1 across and down


@dataclass(frozen=True, slots=True)
class Signature:
    """A visitor signed a document on the kiosk, in the language it was shown in."""

    document_id: int
    strokes: tuple[Stroke, ...]
    member_no: int = 1  # 1: the person in front; a group's members 2..N each sign their own
    language: str = "zh"  # zh / en


@dataclass(frozen=True, slots=True)
class Attachments:
    """What the kiosk adds to a check-in besides the typed details. A kiosk check-in passes one (the
    documents the site asks for must all be signed); the desk passes None."""

    photo: VisitorPhoto | None = None
    signatures: tuple[Signature, ...] = ()


@dataclass(frozen=True, slots=True)
class SignText:
    """A document visitors sign (NDA, safety rules), one version of it."""

    id: int
    key: str
    version: int
    audience: str  # shared.domain.signing.SIGN_AUDIENCES
    title_zh: str
    title_en: str
    text_zh: str
    text_en: str

    def title(self) -> str:
        return f"{self.title_zh} {self.title_en}".strip()


@dataclass(frozen=True, slots=True)
class SignedCopy:
    """A signed copy kept with a visit (the PDF is read separately)."""

    id: int
    visit_id: int | None  # None: signed at the gate (shared.services.desk.records.gate_signed_copies)
    key: str
    version: int
    title: str
    signed_at: datetime


@dataclass(frozen=True, slots=True)
class VisitRecords:
    """What a visit holds besides its row, for its card on the console. photo None: the site took no
    photo then; a VisitorPhoto with `missing` set: it asked, and says why there is none."""

    visit_id: int
    id_source: str  # "card" / "typed" / "" (no ID number)
    photo: VisitorPhoto | None
    signed: tuple[SignedCopy, ...]


@dataclass(frozen=True, slots=True)
class Consent:
    """What the visitor agreed to before anything was saved."""

    privacy: bool
    id_number: bool = False


@dataclass(frozen=True, slots=True)
class Invitation:
    """What "Is this you?" shows for an invitation code."""

    code: str
    visitor_name: str
    company: str
    host_name: str
    level: ReceptionLevel


@dataclass(frozen=True, slots=True)
class InvitationMatch:
    """A mobile number's appointment today, with the name masked (张*明)."""

    code: str
    masked_name: str
    host_name: str


@dataclass(frozen=True, slots=True)
class Visit:
    id: int
    visit_no: str
    visitor_name: str
    company: str
    mobile_masked: str
    host_name: str
    state: VisitState
    level: ReceptionLevel
    party_size: int
    room: str
    checked_in_at: datetime | None
    checked_out_at: datetime | None  # also set when the visit ends by leaving or being declined
    waited_until: datetime | None = None  # when the wait in the lobby ended
    group_name: str = ""
    member_no: int = 0
    group_size: int = 0
    purpose: str = ""
    confidential: bool = False  # 保密: only roles that may see it ever get such a visit
    id_source: str = ""  # an ID number kept: "card" (read by a reader) or "typed"; "" none kept
    host_answer: str = ""  # the host's answer on their page (shared.domain.host_answer.Answer); "" none yet
    host_answer_note: str = ""  # their words for the desk
    host_eta: datetime | None = None  # when they said they would be at the desk
    host_answer_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class BadgeData:
    """Everything a badge shows. The token is random; it carries no personal data.

    A VIP level prints the VIP badge (贵宾证); a group member's badge adds the group and "n of N".
    id_number_masked is empty unless the site turned ID printing on, and then masked."""

    visit_no: str
    visitor_name: str
    company: str
    host_name: str
    visit_date: date
    valid_until: datetime
    token: str
    level: ReceptionLevel = ReceptionLevel.STANDARD
    group_name: str = ""
    member_no: int = 0
    group_size: int = 0
    id_number_masked: str = ""
    photo: bytes = b""  # the visitor's photo (JPEG) when the site takes one
    signed: tuple[str, ...] = ()  # titles of the documents the visitor signed


@dataclass(frozen=True, slots=True)
class CarriedItem:
    name: str
    quantity: int


@dataclass(frozen=True, slots=True)
class GatePass:
    """入厂放行条: what the guard checks at the exit. The QR carries only the pass token."""

    pass_no: str
    visitor_name: str
    company: str
    host_name: str
    plate: str
    parking_spot: str
    items: tuple[CarriedItem, ...]
    issued_at: datetime
    guard: str
    token: str


@dataclass(frozen=True, slots=True)
class TestPage:
    """What `reception printer test` prints: which station and printer, and a sample of everything."""

    station: str
    printer: str
    width_dots: int = 576


@dataclass(frozen=True, slots=True)
class QueueTicket:
    """A clinic patient's queue ticket (排队号), given instead of a badge: the number the waiting-room screen
    calls, the doctor and the room. The name is masked: a ticket is left on chairs. The QR is the badge token,
    so the patient leaves as a visitor does."""

    ticket: str  # A012
    patient_name: str  # masked: 张*明
    doctor: str
    room: str
    patient_kind: str  # shared.domain.clinic.PatientKind
    issued_at: datetime
    ahead: int  # patients before them in the doctor's queue
    wait_min: int  # the estimate when it printed
    token: str
    site_name: str = ""


Document = BadgeData | GatePass | TestPage | QueueTicket


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    """What the printer itself reported. None / "unknown" when it did not answer: never assume OK."""

    online: bool | None
    paper: str  # "ok" | "near_end" | "out" | "unknown"
    cover_open: bool | None = None
    error: bool | None = None
    detail: str = ""

    @property
    def answered(self) -> bool:
        return self.online is not None

    @property
    def can_print(self) -> bool | None:
        """True / False when known; None when the printer did not say."""
        if self.online is None:
            return None
        return self.online and self.paper != "out" and not self.cover_open and not self.error


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    ok: bool
    reason: str = ""
    # Bytes may have reached the printer before it failed: a retry could print a second badge.
    in_doubt: bool = False
