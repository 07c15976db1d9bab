"""The default itinerary a plan gets on approval, in the station's local time (stored as aware UTC).

The seed's order: 接车 -> 安排住宿 -> 参观 -> 领导接见 -> 餐饮 -> 会谈 -> 送车. The times are a sensible start
the planner adjusts: the guest is at the company an hour after a pickup (half an hour more with a hotel
check-in on the way); the tour, the leaders and the talks take an hour each, from 10:00, 11:00 and 14:00 at
the earliest, not over lunch, and go to the next day when the guest comes too late for them; lunch at 12:00
and dinner at 18:00 each day while the guest is there; the send-off at 15:00 on the last day (or after the
last business). Preparation is one day before the arrival, two for a VIP (the hotel and a car to book)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

HOUR = timedelta(hours=1)
LUNCH, DINNER = time(12, 0), time(18, 0)
LUNCH_END = time(13, 30)
SEND_OFF = time(15, 0)
DAY_END = time(18, 0)  # business not done by dinner moves to the next day of the stay
ARRIVAL_DEFAULT = time(9, 30)
PREPARE_AT = time(9, 0)


@dataclass(frozen=True, slots=True)
class StepPlan:
    kind: str  # a StepKind value
    title: str
    at: datetime
    place: str = ""
    remind_minutes: int = 30


def local_at(day: date, at: time) -> datetime:
    """That wall-clock time on that day at this station, as aware UTC."""
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def local_day(at: datetime) -> date:
    return at.astimezone().date()


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The local day as [start, end) in UTC."""
    return local_at(day, time.min), local_at(day + timedelta(days=1), time.min)


def _wall(at: datetime) -> time:
    return at.astimezone().time()


def _place_business(preferred: time, cursor: datetime, leave_on: date) -> datetime:
    """The first hour from `cursor` at or after the preferred time, not over lunch, not into dinner."""
    day = local_day(cursor)
    at = max(local_at(day, preferred), cursor)
    if at < local_at(day, LUNCH_END) and at + HOUR > local_at(day, LUNCH):
        at = local_at(day, LUNCH_END)
    if at + HOUR > local_at(day, DAY_END) and day < leave_on:
        at = local_at(day + timedelta(days=1), preferred)
    return at


def default_steps(*, arrive_on: date, leave_on: date, arrival_at: datetime | None, arrival_place: str,
                  transport_no: str, pickup: bool, lodging: bool, showroom: bool, leader: bool,
                  vip: bool) -> list[StepPlan]:
    """The steps in time order (the preparation first)."""
    arrival = arrival_at.astimezone(UTC) if arrival_at else local_at(arrive_on, ARRIVAL_DEFAULT)
    booking = ["订餐"] + (["订房"] if lodging else []) + (["派车"] if pickup else [])
    booking_en = ["meals"] + (["rooms"] if lodging else []) + (["vehicle"] if pickup else [])
    steps = [StepPlan("prepare", f"准备：{'、'.join(booking)} Prepare: {', '.join(booking_en)}",
                      local_at(arrive_on - timedelta(days=2 if vip else 1), PREPARE_AT))]
    ready = arrival
    if pickup:
        steps.append(StepPlan("pickup", " ".join(x for x in ("接站 Pickup", transport_no) if x), arrival,
                              arrival_place, remind_minutes=60))
        ready = arrival + HOUR
    if lodging:
        steps.append(StepPlan("hotel", "入住酒店 Hotel check-in", ready))
        ready += HOUR / 2
    business = [("showroom", "参观展厅 Showroom tour", time(10, 0))] if showroom else []
    business += [("leader", "领导接见 Meeting with leaders", time(11, 0))] if leader else []
    business.append(("talks", "会谈 Business talks", time(14, 0)))
    cursor = ready
    for kind, title, preferred in business:
        at = _place_business(preferred, cursor, leave_on)
        steps.append(StepPlan(kind, title, at))
        cursor = at + HOUR
    send_off = max(local_at(leave_on, SEND_OFF), cursor)
    day = arrive_on
    while day <= leave_on:
        for slot, title in ((LUNCH, "午餐 Lunch"), (DINNER, "晚餐 Dinner")):
            at = local_at(day, slot)
            if day == arrive_on and at < ready:
                if ready > at + HOUR:
                    continue  # the guest is not there yet
                at = ready
            if day == leave_on and at >= send_off:
                continue  # the guest has gone
            steps.append(StepPlan("meal", title, at))
        day += timedelta(days=1)
    steps.append(StepPlan("send_off", "送站 Send-off", send_off, arrival_place if pickup else "",
                          remind_minutes=60))
    return sorted(steps, key=lambda step: step.at)
