"""Document layouts as 1-bit images, ready for a thermal printer or a preview file.

Sizes are designed for 576 dots (80 mm paper, 203 dpi) and scaled for other widths (384 dots = 58 mm).
Text is drawn straight onto a mode "1" image: Pillow then renders glyphs without anti-aliasing,
which is what a thermal head prints anyway, and keeps strokes crisp instead of dithered.

    render_badge(badge, width)          visitor, VIP (贵宾证) and group member badges -> RenderedBadge
    render_gate_pass(gate_pass, width)  入厂放行条 -> RenderedBadge
    layout_test_page(page, width)       printer test page -> RenderedBadge
    render_queue_ticket(ticket, width)  排队号 a clinic's queue ticket -> RenderedBadge
    render_evacuation_list(doc, width)  疏散名单 (shared.domain.evacuation.EvacuationList) -> RenderedBadge
    layout_document(document, width)   any of these -> RenderedBadge
    render_document(document, width)   any of these -> the image a printer prints
"""
from __future__ import annotations

from PIL import Image

from shared.domain.evacuation import EvacuationList
from shared.domain.model import BadgeData, Document, GatePass, QueueTicket, TestPage

from printers.layout.badge import check_masked, render_badge
from printers.layout.evacuation import render_evacuation_list
from printers.layout.gate_pass import local_time_text, render_gate_pass
from printers.layout.sheet import DESIGN_WIDTH, DOTS_PER_MM, INK, MIN_WIDTH, PAPER, FieldBox, RenderedBadge
from printers.layout.ticket import render_queue_ticket
from printers.layout.test_page import layout_test_page, render_test_page
from printers.layout.text import fit_text, load_font, text_width, wrap

__all__ = [
    "DESIGN_WIDTH", "DOTS_PER_MM", "INK", "MIN_WIDTH", "PAPER", "FieldBox", "RenderedBadge", "check_masked",
    "fit_text", "layout_document", "layout_test_page", "load_font", "local_time_text", "render_badge",
    "render_document", "render_evacuation_list", "render_gate_pass", "render_queue_ticket", "render_test_page", "text_width", "wrap",
]


def layout_document(document: Document | EvacuationList, width_dots: int = 576) -> RenderedBadge:
    """The rendered image and its field boxes, for any document a print job can hold."""
    if isinstance(document, BadgeData):
        return render_badge(document, width_dots)
    if isinstance(document, GatePass):
        return render_gate_pass(document, width_dots)
    if isinstance(document, QueueTicket):
        return render_queue_ticket(document, width_dots)
    if isinstance(document, TestPage):
        return layout_test_page(document, width_dots)
    if isinstance(document, EvacuationList):
        return render_evacuation_list(document, width_dots)
    raise TypeError(f"no layout for {type(document).__name__}")


def render_document(document: Document | EvacuationList, width_dots: int = 576) -> Image.Image:
    """The picture a printer prints for any document a print job can hold."""
    return layout_document(document, width_dots).image
