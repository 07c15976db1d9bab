"""Use cases, one package per thing a person does. Each opens one session per action and returns frozen data
plus Changes; none hands an ORM row to a screen.

checkin/        walk-in, invitation and group check-in; check-out by badge and feedback at the kiosk
desk/           the reception flow's branches, waiting list and reminders, rooms, protocol, expected visits
security/       gate entries and passes, who is on site, watchlist and alerts, third-party enquiries
privacy/        the visitor log (masked, revealed with a reason), retention purge, one person's data
directory/      hosts, reception levels, operators and sign-in
plans/          reception plans for important guests, their reports and demo
printing/       the print outbox and what the desk does with jobs
notifications/  the host notification outbox, its worker and delivery state
site/           site settings, the audit log, housekeeping
common/         row-to-data mapping, load-or-NotFound, spreadsheet reading
"""
