"""The treatment room on the doctor's own page (the hosts' web site, signed in by an e-mailed link): their status
and calling their next patient in, as the desk can; tickets and masked names only; a form without the session's
token or with a status that is not one changes nothing; an office site shows no room."""
from __future__ import annotations

from datetime import timedelta

from shared.domain.clinic import PatientKind as K
from shared.domain.model import WalkIn
from shared.services.clinic.desk import Registration, clinic_queues, register_patient, set_doctor_status
from shared.services.site.settings import update_settings
from shared.store.types import utcnow
from tests.integration.test_host_signin import signed_in, site  # noqa: F401
from tests.integration.test_notifications import ADMIN, HOST
from tests.support.actors import STAFF


def queue(store):
    return next(q for q in clinic_queues(store, STAFF, idle=True) if q.doctor.id == HOST)


def test_the_doctor_sets_their_status_and_calls_their_next_patient(site):  # noqa: F811
    store, smtp, web = site
    browser = signed_in(store, smtp, web)
    assert not browser.get("/").has("我的诊室")  # an office: no treatment room
    update_settings(store, ADMIN, profile="clinic")
    set_doctor_status(store, STAFF, HOST, "free", room="3号诊室")
    now = utcnow()
    for name, mobile, minutes in (("李小娜", "13800000001", 0), ("王强", "13800000002", 30)):
        register_patient(store, STAFF, Registration(WalkIn(name, mobile, "", HOST), K.APPOINTMENT,
                                                    now + timedelta(minutes=minutes)))
    page = browser.get("/")
    card = page.text[page.text.index("我的诊室"):].split("</section>")[0]  # the room's card: a screen in the room
    assert "3号诊室" in card and "A001" in card and "李*娜" in card and "A002" in card
    assert "李小娜" not in card and "13800000001" not in card

    csrf = page.field("csrf")
    assert browser.post("/room/status", status="preparing").status == 400  # no session token
    assert browser.post("/room/status", csrf=csrf, status="asleep").status == 422
    assert queue(store).doctor.status == "free"
    assert browser.post("/room/status", csrf=csrf, status="preparing").status == 303
    assert queue(store).doctor.status == "preparing"

    called = browser.post("/room/call", csrf=csrf)
    assert called.status == 303 and called.headers["location"] == "/?called=A001"
    assert browser.get(called.headers["location"]).has("已叫号：A001")
    q = queue(store)
    assert q.doctor.status == "with_patient" and [q.tickets[p.patient.visit_id] for p in q.places] == ["A002"]
    browser.post("/room/call", csrf=csrf)
    assert browser.post("/room/call", csrf=csrf).status == 422  # nobody left
