"""The resident ID card reader: its frames (protocol), one read over a port (reader), keyboard-wedge
readers (wedge). The card's text record itself is shared.domain.id_card."""
