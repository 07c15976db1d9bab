"""The treatment room's own controls, on the doctor's page of the hosts' web site: their status (free, with a
patient, preparing) and calling their next patient in, as the desk can. A doctor sees and moves only their own
queue; the queue shows tickets and masked names only."""
from __future__ import annotations

from dataclasses import dataclass

from shared.changes import Done
from shared.domain import model as m
from shared.domain.clinic import DoctorStatus, masked
from shared.domain.errors import InvalidInput
from shared.domain.permissions import Permission, needs
from shared.domain.profiles import CLINIC
from shared.services.clinic.calls import Call, call_next
from shared.services.clinic.desk import clinic_queues, set_doctor_status
from shared.services.common.boundary import guard_module
from shared.services.site.settings import site_settings
from shared.store.engine import Store


@dataclass(frozen=True, slots=True)
class TreatmentRoom:
    status: DoctorStatus
    room: str
    waiting: tuple[tuple[str, str, int], ...]  # (ticket, masked name, estimated wait in minutes), in order


def _room_actor(actor: m.Actor) -> m.Actor:
    """The doctor acting on their own queue as the desk would (events still name them), nothing more: each
    service here passes only the doctor's own id on."""
    return m.Actor(actor.station, actor.operator, "receptionist")


@needs(Permission.HOST)
def my_room(store: Store, actor: m.Actor, host_id: int) -> TreatmentRoom | None:
    """None where the site is not a clinic: the page shows no room then."""
    if site_settings(store).profile != CLINIC:
        return None
    queue = next((q for q in clinic_queues(store, _room_actor(actor), idle=True) if q.doctor.id == host_id), None)
    if queue is None:
        return TreatmentRoom(DoctorStatus.FREE, "", ())
    return TreatmentRoom(queue.doctor.status, queue.room, tuple(
        (queue.tickets.get(p.patient.visit_id, ""), masked(p.patient.name), p.wait_min) for p in queue.places))


@needs(Permission.HOST)
def set_my_status(store: Store, actor: m.Actor, host_id: int, status: str) -> Done[DoctorStatus]:
    if status not in set(DoctorStatus):
        raise InvalidInput({"status": "unknown"})
    return set_doctor_status(store, _room_actor(actor), host_id, DoctorStatus(status))


@needs(Permission.HOST)
def call_my_next(store: Store, actor: m.Actor, host_id: int) -> Done[Call]:
    """The doctor's next patient is called in: the waiting-room screen calls them, the doctor is with them."""
    return call_next(store, _room_actor(actor), host_id)


guard_module(globals())
