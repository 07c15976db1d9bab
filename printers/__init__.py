"""Badge layout and printer backends. Qt-free; imports only shared.domain and assets."""
