"""Desk sections: waiting list, today's visits and their actions, rooms, reminders, protocol,
notifications, print jobs, expected visits."""
