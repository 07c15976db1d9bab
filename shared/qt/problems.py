"""Translated text for the core's problem codes (field, code), in the visitor's words or one of the
desk's, and for its error codes."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shared.domain.errors import DomainError, ForbiddenTransition, InvalidInput, NotActionable
from shared.domain.permissions import NotPermitted

_PROBLEMS = {
    ("name", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter your name."),
    ("name", "too_long"): QT_TRANSLATE_NOOP("Problems", "The name is too long."),
    ("name", "invalid"): QT_TRANSLATE_NOOP("Problems", "The name contains characters that are not allowed."),
    ("name", "mismatch"): QT_TRANSLATE_NOOP("Problems", "This name does not match the invitation."),
    ("mobile", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter your mobile number."),
    ("mobile", "invalid"): QT_TRANSLATE_NOOP("Problems", "This is not a valid mobile number."),
    ("company", "too_long"): QT_TRANSLATE_NOOP("Problems", "The company name is too long."),
    ("host", "required"): QT_TRANSLATE_NOOP("Problems", "Please choose the person you are visiting."),
    ("host", "unknown"): QT_TRANSLATE_NOOP("Problems", "That person is not in the directory."),
    ("message", "required"): QT_TRANSLATE_NOOP("Problems", "Please write the visitor's message."),
    ("party_size", "invalid"): QT_TRANSLATE_NOOP("Problems", "A group can have 1 to 50 people."),
    ("purpose", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep the purpose shorter."),
    ("referral", "required"): QT_TRANSLATE_NOOP("Problems", "Please tell us how you heard of the clinic."),
    ("referral", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep it shorter."),
    ("cause", "required"): QT_TRANSLATE_NOOP("Problems", "Please say in a few words what happened."),
    ("cause", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep it shorter: a few words are enough."),
    ("patient_kind", "unknown"): QT_TRANSLATE_NOOP("Problems", "Please choose what kind of visit this is."),
    ("slot", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter the appointment's time."),
    ("ticket", "busy"): QT_TRANSLATE_NOOP("Problems", "Too many at once. Please try again."),
    ("chief_doctor_id", "unknown"): QT_TRANSLATE_NOOP("Problems", "That doctor is not in the directory."),
    ("region", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep the city or region shorter."),
    ("plate", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter the vehicle plate number."),
    ("plate", "invalid"): QT_TRANSLATE_NOOP("Problems", "This is not a valid vehicle plate number."),
    ("id_number", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter your ID card number."),
    ("id_number", "invalid"): QT_TRANSLATE_NOOP("Problems", "This ID card number is not valid. Please check it."),
    ("member", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter this person's name."),
    ("member", "too_long"): QT_TRANSLATE_NOOP("Problems", "The name is too long."),
    ("member", "invalid"): QT_TRANSLATE_NOOP("Problems", "The name contains characters that are not allowed."),
    ("name", "script"): QT_TRANSLATE_NOOP("Problems", "The badge cannot print some characters of this name. "
                                                      "Please write it in Latin letters, or ask at the desk."),
    ("member", "script"): QT_TRANSLATE_NOOP("Problems", "The badge cannot print some characters of this name. "
                                                        "Please write it in Latin letters, or ask at the desk."),
    ("members", "count"): QT_TRANSLATE_NOOP("Problems", "Please enter a name for every person in the group."),
    ("invitation", "unknown"): QT_TRANSLATE_NOOP("Problems", "We cannot find this invitation."),
    ("invitation", "used"): QT_TRANSLATE_NOOP("Problems", "This invitation has already been used to check in."),
    ("invitation", "expired"): QT_TRANSLATE_NOOP("Problems", "This invitation has expired."),
    ("invitation", "not_today"): QT_TRANSLATE_NOOP("Problems", "This invitation is for another day."),
    ("attempts", "wait"): QT_TRANSLATE_NOOP("Problems", "Too many tries. Please wait %1 seconds, then try again."),
    ("consent", "required"): QT_TRANSLATE_NOOP(
        "Problems", "Please tick \"I agree\" to go on, or touch \"I do not agree\"."),
    ("id_consent", "required"): QT_TRANSLATE_NOOP(
        "Problems", "To keep your ID number we need your consent: tick the box, or go back and leave it empty."),
    ("rating", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please choose one to five stars."),
    ("rating", "already_given"): QT_TRANSLATE_NOOP("Problems", "Thank you: we already have your feedback."),
    ("rating", "too_early"): QT_TRANSLATE_NOOP("Problems", "A visit can be rated once it is over."),
    # operators (console sign-in and the operators list)
    ("operator", "exists"): QT_TRANSLATE_NOOP("Problems", "This site is already set up: please sign in."),
    ("operator", "last_admin"): QT_TRANSLATE_NOOP(
        "Problems", "This is the last administrator: make someone else administrator first."),
    ("name", "taken"): QT_TRANSLATE_NOOP("Problems", "This name is already in use."),
    ("role", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please choose a role."),
    ("pin", "invalid"): QT_TRANSLATE_NOOP("Problems", "A PIN is 4 to 8 digits."),
    # pre-registration (expected visits, invitations, import, no-shows)
    ("email", "invalid"): QT_TRANSLATE_NOOP("Problems", "This is not a valid e-mail address."),
    ("host", "ambiguous"): QT_TRANSLATE_NOOP("Problems", "More than one person in the directory has this name."),
    ("expected_on", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter the date of the visit."),
    ("expected_on", "invalid"): QT_TRANSLATE_NOOP("Problems", "This is not a date; please write it as 2025-03-31."),
    ("expected_on", "past"): QT_TRANSLATE_NOOP("Problems", "This date is in the past."),
    ("time_from", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please write the time as hours:minutes, e.g. 09:30."),
    ("time_from", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter when the visit starts, or leave both times empty."),
    ("time_to", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please write the time as hours:minutes, e.g. 09:30."),
    ("time_to", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter when the visit ends, or leave both times empty."),
    ("time_to", "not_after_start"): QT_TRANSLATE_NOOP("Problems", "The end time must be after the start time."),
    ("level", "invalid"): QT_TRANSLATE_NOOP("Problems", "The reception level is standard, senior or VIP."),
    ("transport", "invalid"): QT_TRANSLATE_NOOP("Problems", "Transport is either the guest's own or a pickup."),
    ("pickup_time", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter the pickup time."),
    ("pickup_time", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please write the time as hours:minutes, e.g. 09:30."),
    ("pickup_place", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter where the guest is picked up."),
    ("pickup_place", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("lodging", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("meals", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("notes", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("row", "duplicate"): QT_TRANSLATE_NOOP("Problems", "This guest is already expected that day with the same host."),
    ("day", "future"): QT_TRANSLATE_NOOP("Problems", "No-shows can be marked only for today or an earlier day."),
    # waiting list, reception rooms and reminders
    ("room", "free"): QT_TRANSLATE_NOOP("Problems", "This room is already free."),
    ("room", "occupied"): QT_TRANSLATE_NOOP("Problems", "This room is in use: please choose another."),
    ("room", "tidying"): QT_TRANSLATE_NOOP("Problems", "This room has not been tidied yet: please choose another."),
    ("reminder", "unknown"): QT_TRANSLATE_NOOP("Problems", "This reminder cannot be marked done here."),
    ("settings", "out_of_range"): QT_TRANSLATE_NOOP("Problems", "One of the values is outside what is allowed."),
    # the gate desk, the exit check and the on-site list
    ("kind", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please choose visitor or driver."),
    ("parking_spot", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep the parking spot shorter."),
    ("item", "required"): QT_TRANSLATE_NOOP("Problems", "Please name every item, or remove the empty row."),
    ("item", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep the item's name shorter."),
    ("item", "unknown"): QT_TRANSLATE_NOOP("Problems", "This item does not belong to this gate pass."),
    ("items", "too_many"): QT_TRANSLATE_NOOP("Problems", "A gate pass can list at most 50 items."),
    ("quantity", "invalid"): QT_TRANSLATE_NOOP("Problems", "Each quantity must be a whole number from 1 to 9999."),
    ("gate_message", "required"): QT_TRANSLATE_NOOP(
        "Problems", "Please write a short, polite message for the gate to read out."),
    ("gate_message", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep the message for the gate shorter."),
    ("gate_pass", "exited"): QT_TRANSLATE_NOOP(
        "Problems", "This gate pass has already been used to leave. It cannot be used again."),
    ("gate_pass", "turned_away"): QT_TRANSLATE_NOOP(
        "Problems", "This person was turned away at the gate: the pass is void."),
    ("gate_pass", "waiting"): QT_TRANSLATE_NOOP(
        "Problems", "Reception has not let this person in yet: there is nothing to check out."),
    ("exit_note", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep the note shorter."),
    # the watchlist, security alerts and third-party enquiries
    ("watchlist", "key_required"): QT_TRANSLATE_NOOP("Problems", "Enter a name, a mobile number or an ID number."),
    ("watchlist", "exists"): QT_TRANSLATE_NOOP("Problems", "This person is already on the watchlist."),
    ("reason", "required"): QT_TRANSLATE_NOOP("Problems", "Please give the reason."),
    ("reason", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep the reason shorter."),
    ("enquirer_name", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter the enquirer's name."),
    ("enquirer_name", "too_long"): QT_TRANSLATE_NOOP("Problems", "The name is too long."),
    ("enquirer_name", "invalid"): QT_TRANSLATE_NOOP("Problems", "The name contains characters that are not allowed."),
    ("enquirer_org", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep the organisation shorter."),
    ("enquirer_id", "required"): QT_TRANSLATE_NOOP(
        "Problems", "An enquiry is answered only to someone who shows valid ID: record their ID first."),
    ("enquirer_id", "invalid"): QT_TRANSLATE_NOOP("Problems", "This ID number is not valid. Please check it."),
    ("id_type", "required"): QT_TRANSLATE_NOOP("Problems", "Please choose the kind of ID shown."),
    ("id_type", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please choose the kind of ID shown."),
    ("about", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter whom the enquiry is about."),
    ("about", "too_long"): QT_TRANSLATE_NOOP("Problems", "The name is too long."),
    ("about", "invalid"): QT_TRANSLATE_NOOP("Problems", "The name contains characters that are not allowed."),
    ("question", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep the question shorter."),
    ("answer", "required"): QT_TRANSLATE_NOOP("Problems", "Please choose or type the answer."),
    ("answer", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep the answer shorter."),
    ("approver_pin", "wrong"): QT_TRANSLATE_NOOP("Problems", "The approver's name or PIN is wrong. Nothing was answered."),
    ("approver_pin", "locked"): QT_TRANSLATE_NOOP(
        "Problems", "Too many wrong PINs: the approver is locked out for a few minutes. Nothing was answered."),
    ("approver", "not_permitted"): QT_TRANSLATE_NOOP(
        "Problems", "Only a security lead or an administrator can approve an answer. Nothing was answered."),
    ("permission", "denied"): QT_TRANSLATE_NOOP(
        "Problems", "Your role does not allow this. Please ask security or an administrator."),
    ("permission", "watchlist"): QT_TRANSLATE_NOOP(
        "Problems", "The watchlist and its alerts are for security staff and administrators."),
    ("permission", "audit"): QT_TRANSLATE_NOOP(
        "Problems", "The audit log is for security staff and administrators."),
    # the visitor log: search, export, archive, reveal
    ("date_to", "before_start"): QT_TRANSLATE_NOOP("Problems", "The end date is before the start date."),
    ("log", "too_many_rows"): QT_TRANSLATE_NOOP(
        "Problems", "More than 50,000 visits match: please choose a shorter period or a narrower search."),
    ("format", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please save the log as PDF, Excel (.xlsx) or CSV."),
    ("path", "unwritable"): QT_TRANSLATE_NOOP(
        "Problems", "The file could not be written there. Please choose another folder."),
    ("handed_to", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter who takes the log over."),
    ("handed_to", "too_long"): QT_TRANSLATE_NOOP("Problems", "The name is too long."),
    ("log_day", "future"): QT_TRANSLATE_NOOP("Problems", "Only today or an earlier day can be archived."),
    ("log_day", "archived"): QT_TRANSLATE_NOOP("Problems", "This day's log has already been archived."),
    ("field", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please choose the mobile number or the ID number."),
    ("reason", "too_short"): QT_TRANSLATE_NOOP("Problems", "Please give the reason in a few more words."),
    ("mobile", "not_held"): QT_TRANSLATE_NOOP("Problems", "No mobile number is kept for this visit."),
    ("id_number", "not_held"): QT_TRANSLATE_NOOP(
        "Problems", "No ID number is kept for this visit: it is kept only with the visitor's consent."),
    # per-person export and erasure; ("reason", "required") is shared with security
    ("person", "required"): QT_TRANSLATE_NOOP("Problems", "Enter the person's mobile or ID number."),
    ("person", "on_site"): QT_TRANSLATE_NOOP(
        "Problems", "This person is on site now: erase their data after they have left."),
    # plan reports
    ("month", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please choose a month between 2000 and 2100."),
    ("month", "range"): QT_TRANSLATE_NOOP("Problems", "Please choose at most three years, the earlier month first."),
    # reception plans: fields are the plan's own (guest_name, transport_no...)
    ("guest_name", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter the guest's name."),
    ("guest_name", "too_long"): QT_TRANSLATE_NOOP("Problems", "The name is too long."),
    ("guest_name", "invalid"): QT_TRANSLATE_NOOP("Problems", "The name contains characters that are not allowed."),
    ("guest_phone", "invalid"): QT_TRANSLATE_NOOP("Problems", "This is not a valid phone number; or leave it empty."),
    ("arrive_on", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter the arrival date."),
    ("leave_on", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter the departure date."),
    ("leave_on", "before_arrival"): QT_TRANSLATE_NOOP("Problems", "The guest cannot leave before arriving."),
    ("guest_region", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep the city or region shorter."),
    ("arrival_place", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("meet_whom", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("transport", "choice"): QT_TRANSLATE_NOOP("Problems", "Please choose flight, train or car."),
    ("transport", "required"): QT_TRANSLATE_NOOP("Problems", "Please say how the guest travels for this number."),
    ("transport_no", "flight_invalid"): QT_TRANSLATE_NOOP("Problems", "This is not a flight number, e.g. CA1234."),
    ("transport_no", "train_invalid"): QT_TRANSLATE_NOOP("Problems", "This is not a train number, e.g. G102."),
    ("transport_no", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("arrival_at", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please enter the arrival time again."),
    ("arrival_at", "not_arrival_day"): QT_TRANSLATE_NOOP("Problems", "The arrival time must be on the arrival day."),
    ("proposed_level", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please choose a reception level."),
    ("host_id", "unknown"): QT_TRANSLATE_NOOP(
        "Problems", "This host is not in the directory; please choose from the list."),
    ("appointment_id", "unknown"): QT_TRANSLATE_NOOP("Problems", "The expected visit this plan was for is gone."),
    ("comment", "required"): QT_TRANSLATE_NOOP("Problems", "Please say why the request goes back."),
    ("comment", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("accompany", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("vehicle", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("refreshments", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("extras", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("meal_lunch", "out_of_range"): QT_TRANSLATE_NOOP("Problems", "Please enter an amount from 0 up."),
    ("meal_dinner", "out_of_range"): QT_TRANSLATE_NOOP("Problems", "Please enter an amount from 0 up."),
    ("planned", "out_of_range"): QT_TRANSLATE_NOOP("Problems", "Please enter an amount from 0 up."),
    ("amount", "out_of_range"): QT_TRANSLATE_NOOP("Problems", "Please enter an amount above ¥0."),
    ("step_kind", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please choose the kind of step."),
    ("title", "required"): QT_TRANSLATE_NOOP("Problems", "Please name the step."),
    ("title", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("at", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please enter the time again."),
    ("place", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("owner", "too_long"): QT_TRANSLATE_NOOP("Problems", "The name is too long."),
    ("driver", "too_long"): QT_TRANSLATE_NOOP("Problems", "The name is too long."),
    ("remind_minutes", "out_of_range"): QT_TRANSLATE_NOOP("Problems", "A reminder comes at most a week before."),
    ("seq", "out_of_range"): QT_TRANSLATE_NOOP("Problems", "Please choose a position in the itinerary."),
    ("status", "invalid"): QT_TRANSLATE_NOOP("Problems", "A step is planned, done or skipped."),
    ("reception_person", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter the reception person."),
    ("reception_person", "too_long"): QT_TRANSLATE_NOOP("Problems", "The name is too long."),
    ("category", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please choose a category."),
    ("note", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("step_id", "unknown"): QT_TRANSLATE_NOOP("Problems", "This step is no longer in the plan."),
    ("expenses", "none"): QT_TRANSLATE_NOOP("Problems", "There are no expenses waiting to be signed off."),
    ("summary", "required"): QT_TRANSLATE_NOOP("Problems", "Please write the summary."),
    ("summary", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
    ("departure_at", "required"): QT_TRANSLATE_NOOP("Problems", "Please enter when the guest leaves."),
    ("departure_at", "invalid"): QT_TRANSLATE_NOOP("Problems", "Please enter when the guest leaves."),
    ("journey_minutes", "out_of_range"): QT_TRANSLATE_NOOP("Problems", "A journey takes at most a week."),
    ("outcome", "required"): QT_TRANSLATE_NOOP("Problems", "Please write what the guest said."),
    ("outcome", "too_long"): QT_TRANSLATE_NOOP("Problems", "Please keep this shorter."),
}
# The desk's wordings: each speaks of the guest, a file's line, a host or a plan rather than to the visitor.
# A wording's table is looked at first, then its fallback; "*" stands for any field or code.
VISITOR, DESK, IMPORT, HOSTS, PLANS = "visitor", "desk", "import", "hosts", "plans"
_CONTEXTS = {VISITOR: "Problems", DESK: "DeskProblems", IMPORT: "ImportProblems", HOSTS: "HostProblems",
             PLANS: "PlanProblems"}
_FALLBACK = {DESK: VISITOR, IMPORT: DESK, HOSTS: VISITOR, PLANS: VISITOR}
_WORDINGS = {
    VISITOR: _PROBLEMS,
    DESK: {  # a new expected visit, at the desk
        ("name", "required"): QT_TRANSLATE_NOOP("DeskProblems", "Please enter the visitor's name."),
        ("mobile", "invalid"): QT_TRANSLATE_NOOP(
            "DeskProblems", "This is not a valid mobile number; or leave it empty."),
        ("host", "required"): QT_TRANSLATE_NOOP("DeskProblems", "Please choose the host from the directory."),
        ("host", "unknown"): QT_TRANSLATE_NOOP(
            "DeskProblems", "This host is not in the directory; please choose from the list."),
    },
    IMPORT: {  # a line of an imported file of expected visits, or the whole file
        ("name", "required"): QT_TRANSLATE_NOOP("ImportProblems", "The visitor's name is missing."),
        ("host", "required"): QT_TRANSLATE_NOOP("ImportProblems", "The host is missing."),
        ("host", "unknown"): QT_TRANSLATE_NOOP("ImportProblems", "No one of this name is in the host directory."),
        ("mobile", "invalid"): QT_TRANSLATE_NOOP("ImportProblems", "This is not a valid mobile number."),
        ("file", "encoding"): QT_TRANSLATE_NOOP("ImportProblems", "The file's text encoding is not UTF-8 or GBK."),
        ("file", "type"): QT_TRANSLATE_NOOP("ImportProblems", "Only CSV and XLSX files can be imported."),
        ("file", "empty"): QT_TRANSLATE_NOOP("ImportProblems", "The file is empty."),
        ("file", "too_many_rows"): QT_TRANSLATE_NOOP("ImportProblems", "The file has too many rows; please split it."),
        ("file", "*"): QT_TRANSLATE_NOOP("ImportProblems", "The file cannot be read; is it damaged?"),
    },
    HOSTS: {  # the host directory, one host or an imported file
        ("name", "required"): QT_TRANSLATE_NOOP("HostProblems", "Please enter the host's name."),
        ("name", "too_long"): QT_TRANSLATE_NOOP("HostProblems", "The name is too long (40 characters at most)."),
        ("name", "ambiguous"): QT_TRANSLATE_NOOP(
            "HostProblems", "Two hosts have this name: edit the right one by hand."),
        ("name_en", "too_long"): QT_TRANSLATE_NOOP("HostProblems", "The English name is too long."),
        ("department", "too_long"): QT_TRANSLATE_NOOP("HostProblems", "The department name is too long."),
        ("email", "invalid"): QT_TRANSLATE_NOOP("HostProblems", "This is not a valid e-mail address."),
        ("email", "too_long"): QT_TRANSLATE_NOOP("HostProblems", "The e-mail address is too long."),
        ("phone", "invalid"): QT_TRANSLATE_NOOP("HostProblems", "This is not a valid mobile number."),
        ("assistant", "too_long"): QT_TRANSLATE_NOOP("HostProblems", "The assistant's name is too long."),
        ("assistant_phone", "invalid"): QT_TRANSLATE_NOOP(
            "HostProblems", "The assistant's phone should be a phone number or an extension."),
        ("notify_channel", "invalid"): QT_TRANSLATE_NOOP(
            "HostProblems", "Unknown notification channel (e-mail, WeCom, DingTalk, Feishu, webhook or none)."),
        ("language", "invalid"): QT_TRANSLATE_NOOP("HostProblems", "The language should be Chinese or English."),
        ("file", "encoding"): QT_TRANSLATE_NOOP(
            "HostProblems", "The file's text encoding is not recognised: save it as UTF-8 CSV or as XLSX."),
        ("file", "unreadable"): QT_TRANSLATE_NOOP("HostProblems", "The file cannot be read: is it damaged?"),
        ("file", "type"): QT_TRANSLATE_NOOP("HostProblems", "Please choose a .csv or .xlsx file."),
        ("file", "empty"): QT_TRANSLATE_NOOP("HostProblems", "The file is empty."),
        ("file", "too_many_rows"): QT_TRANSLATE_NOOP("HostProblems", "The file has too many rows (5000 at most)."),
        ("columns", "*"): QT_TRANSLATE_NOOP("HostProblems", "The file has no \"Name\" (姓名) column in its first row."),
    },
    PLANS: {  # reception plans, next to the plan's fields
        ("guest_name", "too_long"): QT_TRANSLATE_NOOP("PlanProblems", "The name is too long."),
        ("guest_phone", "invalid"): QT_TRANSLATE_NOOP(
            "PlanProblems", "This is not a valid phone number; or leave it empty."),
        ("party_size", "invalid"): QT_TRANSLATE_NOOP("PlanProblems", "Please enter how many people come (at least 1)."),
        ("host_id", "unknown"): QT_TRANSLATE_NOOP(
            "PlanProblems", "This host is not in the directory; please choose from the list."),
        ("appointment_id", "unknown"): QT_TRANSLATE_NOOP(
            "PlanProblems", "The expected visit this plan was for is gone."),
        ("transport", "required"): QT_TRANSLATE_NOOP(
            "PlanProblems", "Please say how the guest travels for this number."),
        ("transport_no", "flight_invalid"): QT_TRANSLATE_NOOP(
            "PlanProblems", "This is not a flight number, e.g. CA1234."),
        ("transport_no", "train_invalid"): QT_TRANSLATE_NOOP("PlanProblems", "This is not a train number, e.g. G102."),
        ("level", "invalid"): QT_TRANSLATE_NOOP("PlanProblems", "Please choose a reception level."),
        ("comment", "required"): QT_TRANSLATE_NOOP("PlanProblems", "Please say why the request goes back."),
        ("meal_lunch", "out_of_range"): QT_TRANSLATE_NOOP("PlanProblems", "Please enter an amount from 0 up."),
        ("meal_dinner", "out_of_range"): QT_TRANSLATE_NOOP("PlanProblems", "Please enter an amount from 0 up."),
        ("planned", "out_of_range"): QT_TRANSLATE_NOOP("PlanProblems", "Please enter an amount from 0 up."),
        ("reception_person", "required"): QT_TRANSLATE_NOOP("PlanProblems", "Please enter the reception person."),
        ("category", "invalid"): QT_TRANSLATE_NOOP("PlanProblems", "Please choose a category."),
        ("step_id", "unknown"): QT_TRANSLATE_NOOP("PlanProblems", "This step is no longer in the plan."),
        ("summary", "required"): QT_TRANSLATE_NOOP("PlanProblems", "Please write the summary."),
        ("departure_at", "required"): QT_TRANSLATE_NOOP("PlanProblems", "Please enter when the guest leaves."),
        ("departure_at", "invalid"): QT_TRANSLATE_NOOP("PlanProblems", "Please enter when the guest leaves."),
        ("journey_minutes", "out_of_range"): QT_TRANSLATE_NOOP("PlanProblems", "A journey takes at most a week."),
        ("outcome", "required"): QT_TRANSLATE_NOOP("PlanProblems", "Please write what the guest said."),
        ("rating", "invalid"): QT_TRANSLATE_NOOP("PlanProblems", "The rating is 1 to 5 stars, or none."),
        ("*", "too_long"): QT_TRANSLATE_NOOP("PlanProblems", "Please keep this shorter."),
    },
}
_MEMBER = QT_TRANSLATE_NOOP("DeskProblems", "Person %1: ")  # a group member's problem says which line
_GENERIC = QT_TRANSLATE_NOOP("Problems", "Please check this field.")
# The boundary's codes, for any field (shared.domain.text.raw_problem, shared.services.common.boundary).
_ANY_FIELD = {
    "invalid_chars": QT_TRANSLATE_NOOP("Problems", "This contains characters that cannot be used here."),
    "line_break": QT_TRANSLATE_NOOP("Problems", "Please keep this on one line."),
    "too_long": QT_TRANSLATE_NOOP("Problems", "This is too long."),
    "out_of_range": QT_TRANSLATE_NOOP("Problems", "This number is outside what is allowed."),
}
_FORBIDDEN = QT_TRANSLATE_NOOP("Problems", "This action is not possible for a visit in this state.")
_NOT_FOUND = QT_TRANSLATE_NOOP("Problems", "Not found.")
_NOT_ACTIONABLE = QT_TRANSLATE_NOOP("Problems", "This has already been dealt with; the list now shows its current state.")


def problem_text(field: str, code: str, wording: str = VISITOR) -> str:
    """The text for one problem in a wording (the visitor's by default)."""
    while wording != VISITOR:
        if wording == DESK and field.startswith("member_"):
            number = int(field.removeprefix("member_")) + 1
            return QCoreApplication.translate("DeskProblems", _MEMBER).replace("%1", str(number)) + problem_text(
                "member", code)
        table = _WORDINGS[wording]
        text = table.get((field, code)) or table.get((field, "*")) or table.get(("*", code))
        if text:
            return QCoreApplication.translate(_CONTEXTS[wording], text)
        wording = _FALLBACK[wording]
    return QCoreApplication.translate("Problems", _PROBLEMS.get((field, code)) or _ANY_FIELD.get(code, _GENERIC))


def error_text(err: DomainError, wording: str = VISITOR) -> str:
    if isinstance(err, InvalidInput):
        return " ".join(problem_text(f, c, wording) for f, c in err.problems.items())
    if isinstance(err, ForbiddenTransition):
        return QCoreApplication.translate("Problems", _FORBIDDEN)
    if isinstance(err, NotActionable):
        return QCoreApplication.translate("Problems", _NOT_ACTIONABLE)
    if isinstance(err, NotPermitted):
        return problem_text("permission", "denied")
    return QCoreApplication.translate("Problems", _NOT_FOUND)
