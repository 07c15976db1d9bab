"""The reception desk (前台): moving a visit through the flow, the waiting list and its reminders,
reception rooms, a visit's protocol, the expected visits (预约登记) and the lists the desk reads."""
