"""The clinic front desk: registering patients with their queue ticket, doctors' states, and each doctor's
queue with waits, delays and the set phrases (shared.domain.clinic)."""
