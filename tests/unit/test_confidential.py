"""A confidential guest (保密) is, to anyone without permission, exactly a stranger: at the kiosk's
look-up by mobile number and in the desk's lists."""
from datetime import date

from shared.domain.expected import ExpectedVisit
from shared.domain.model import Actor, Consent
from shared.services.checkin import check_in_invitation, invitations_for_mobile
from shared.services.demo import seed_demo
from shared.services.desk.expected import pre_register
from shared.services.desk.queries import todays_visits, visits_by_ids

DESK = Actor("desk-1", "Amy", "receptionist")
GUARD = Actor("gate-1", "老赵", "security")
KIOSK = Actor("kiosk-1")


def test_a_confidential_guest_is_a_stranger_to_the_kiosk_and_the_receptionist(store):
    seed_demo(store)
    secret, plain = (pre_register(store, DESK, ExpectedVisit(name, 1, date.today(), mobile=mobile,
                                                             confidential=name == "秘密客人")).value[0]
                     for name, mobile in (("秘密客人", "13911112222"), ("普通客人", "13933334444")))
    # By number: the confidential guest's answer is the answer for a number nobody registered.
    assert invitations_for_mobile(store, "13911112222") == invitations_for_mobile(store, "13955556666") == []
    assert [i.code for i in invitations_for_mobile(store, "13933334444")] == [plain.code]
    # By the code the guest holds, they check in as anyone does; the visit is confidential.
    visit = check_in_invitation(store, KIOSK, secret.code, consent=Consent(True)).value
    check_in_invitation(store, KIOSK, plain.code, consent=Consent(True))
    assert [v.visitor_name for v in todays_visits(store, actor=DESK)] == ["普通客人"]
    assert visits_by_ids(store, [visit.id], actor=DESK) == visits_by_ids(store, [10_000], actor=DESK) == []
    assert {v.visitor_name for v in todays_visits(store, actor=GUARD)} == {"秘密客人", "普通客人"}
    assert visits_by_ids(store, [visit.id], actor=GUARD)[0].confidential
