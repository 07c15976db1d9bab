"""Who a test reads as when the read is not what it tests: an administrator holds every permission."""
from shared.domain.model import Actor

STAFF = Actor("desk-1", "admin", "admin")
