"""The gate desk's ID card reader: a card read goes to the gate's form."""
from __future__ import annotations

from console.security.gate_view import GateView


def card_to_gate(window, card) -> None:
    """A card on this desk's reader (shared.domain.id_card.IdCard) fills the gate form, when the operator
    signed in may use it; otherwise it is dropped."""
    gate = next((view for view in window.views if isinstance(view, GateView)), None)
    if gate is not None and window.operator is not None and window.section_shown_to_operator(gate):
        window.show_section(gate)
        gate.fill_from_card(card)
