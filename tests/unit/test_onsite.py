"""Who is on site, on both databases: visits, group members and people let in at the gate; confidential
visits counted but named only for those allowed; the CSV and the printed list, each audited."""
from __future__ import annotations

import csv

import pytest
from PIL import Image
from sqlalchemy import select

from printers.backends.preview import PreviewFolderPrinter
from printers.layout import layout_document
from shared.domain.evacuation import EvacuationList
from shared.domain.model import Actor, WalkIn
from shared.services import checkin
from shared.services.security import gate
from shared.services.directory import hosts
from shared.services.security import onsite
from shared.services.desk import flow
from shared.services.site.audit import audit_entries
from shared.domain.permissions import NotPermitted
from shared.services.printing.jobs import document_of
from shared.services.printing.queue import print_next
from shared.store import models as db
from tests.support.actors import STAFF

KIOSK = Actor("kiosk-1")
GUARD = Actor("gate-1", "刘卫东", "security")
RECEPTION = Actor("desk-1", "amy", "receptionist")


def host_id(store, query="zs") -> int:
    return hosts.search_hosts(store, query)[0].id


def morning(store):
    """A walk-in, a party of three, a confidential guest, a driver let in and a visitor turned away."""
    walk_in = checkin.check_in_walk_in(store, KIOSK, WalkIn("欧阳娜娜", "13800138000", "华为", host_id(store),
                                                          plate="粤B12345"), "badge").value
    checkin.check_in_group(store, KIOSK, WalkIn("黄磊", "13700137000", "明达电子", host_id(store), party_size=3),
                            ["周杰", "林青"], "badge")
    secret = checkin.check_in_walk_in(store, KIOSK, WalkIn("马云", "13900139000", "神秘资本", host_id(store, "lisi")),
                                     "badge").value
    with store.write() as s:
        s.get(db.Visit, secret.id).confidential = True
    driver = gate.register_at_gate(store, GUARD, person_name="王师傅", company="顺丰速运", kind="driver",
                                   plate="沪AD12345", parking_spot="卸货区 3", items=[("货箱", 4)]).value
    gate.answer_gate(store, RECEPTION, driver.id, True)
    away = gate.register_at_gate(store, GUARD, person_name="推销员", company="某某保险").value
    gate.answer_gate(store, RECEPTION, away.id, False, "被访人不便接待，请见谅。")
    gone = checkin.check_in_walk_in(store, KIOSK, WalkIn("李雷", "13600136000", "", host_id(store)), "badge").value
    flow.check_out(store, RECEPTION, gone.id)
    return walk_in, secret, driver


def test_everyone_in_and_not_out_is_listed(seeded):
    walk_in, secret, driver = morning(seeded)
    rows = onsite.on_site(seeded, GUARD)
    assert sorted(r.name for r in rows) == sorted(["欧阳娜娜", "黄磊", "周杰", "林青", "马云", "王师傅"])
    by_name = {r.name: r for r in rows}
    assert by_name["周杰"].kind == "group" and by_name["周杰"].group_name == "明达电子"
    assert (by_name["王师傅"].kind, by_name["王师傅"].plate, by_name["王师傅"].where) == ("driver", "沪AD12345",
                                                                                   "卸货区 3")
    assert by_name["王师傅"].ref == driver.pass_no and by_name["欧阳娜娜"].ref == walk_in.visit_no
    assert onsite.counts(rows) == onsite.OnSiteCounts(people=6, vehicles=2)
    gate.check_out_at_gate(seeded, GUARD, driver.id, {driver.items[0].id: 4})
    assert "王师傅" not in {r.name for r in onsite.on_site(seeded, GUARD)}


def test_a_confidential_guest_is_counted_but_named_only_for_those_allowed(seeded):
    _, secret, _ = morning(seeded)
    rows = onsite.on_site(seeded, RECEPTION)
    assert len(rows) == 6 and "马云" not in {r.name for r in rows}
    hidden = [r for r in rows if r.hidden]
    assert len(hidden) == 1 and hidden[0].name == "" and hidden[0].company == ""
    assert hidden[0].host_name == hosts.search_hosts(seeded, "lisi")[0].name
    text = onsite.csv_text(rows)
    assert "马云" not in text and "神秘资本" not in text and onsite.CONFIDENTIAL in text


def test_the_csv_export_is_audited(seeded, tmp_path):
    morning(seeded)
    path = tmp_path / "onsite.csv"
    assert onsite.evacuation_csv(seeded, GUARD, path).value == 6
    with path.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0] == list(onsite.CSV_HEADER) and len(table) == 7
    assert ["司机 Driver", "王师傅", "顺丰速运"] in [r[:3] for r in table]
    assert any(r[1] == "马云" for r in table)  # security may see confidential guests
    entry = audit_entries(seeded, STAFF, action="export")[0]
    assert (entry.subject, entry.operator, entry.detail) == ("on-site list", "刘卫东",
                                                             {"format": "csv", "people": 6})


def test_a_failed_export_leaves_no_audit_entry(seeded, tmp_path):
    morning(seeded)
    with pytest.raises(OSError):
        onsite.evacuation_csv(seeded, GUARD, tmp_path / "no such folder" / "onsite.csv")
    assert audit_entries(seeded, STAFF, action="export") == []


def test_a_kiosk_cannot_export(seeded, tmp_path):
    with pytest.raises(NotPermitted):
        onsite.evacuation_csv(seeded, KIOSK, tmp_path / "x.csv")
    with pytest.raises(NotPermitted):
        onsite.queue_evacuation_list(seeded, KIOSK, "desk")


def test_the_evacuation_list_prints_at_the_desk(seeded, tmp_path):
    morning(seeded)
    job = onsite.queue_evacuation_list(seeded, RECEPTION, "desk").value
    assert (job.kind, job.station, job.printer, job.state) == ("evacuation_list", "desk-1", "desk", "queued")
    document = document_of(seeded, STAFF, job.id)
    assert isinstance(document, EvacuationList) and len(document.people) == 6
    assert {p.name for p in document.people} >= {"欧阳娜娜", "王师傅", onsite.CONFIDENTIAL}
    assert "马云" not in {p.name for p in document.people}  # the receptionist may not see the name
    assert document.vehicles == ("粤B·12345", "沪A·D12345")
    entry = audit_entries(seeded, STAFF, action="export")[0]
    assert entry.detail == {"format": "print", "people": 6, "printer": "desk"}
    printer = PreviewFolderPrinter("desk", tmp_path / "out")
    done = print_next(seeded, "desk-1", {"desk": printer}, "desk")
    assert done.state == "done", done.last_error
    [png] = (tmp_path / "out").glob("*.png")
    with Image.open(png) as image:
        assert image.width == 576 and image.height > 900  # six people and the vehicles: a long strip


def test_the_layout_lists_everyone_inside_the_paper(seeded):
    morning(seeded)
    document = onsite.evacuation_list(onsite.on_site(seeded, GUARD), GUARD)
    for width in (384, 576):
        rendered = layout_document(document, width)
        assert rendered.image.width == width and len(rendered.fields) > 6
