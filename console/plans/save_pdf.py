"""A reception plan, its itinerary or its expense report, saved as a PDF where the operator chooses."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from shared.domain.errors import DomainError
from shared.domain.model import Actor
from shared.qt.problems import error_text
from shared.services.plans import plan_detail
from shared.store.engine import Store

from console.plans.pdf import write_expense_report_pdf, write_itinerary_pdf, write_plan_pdf

translate = QCoreApplication.translate  # the console window's context, where these texts were translated
WRITERS = {"plan": write_plan_pdf, "itinerary": write_itinerary_pdf, "expenses": write_expense_report_pdf}


def save_plan_pdf(parent: QWidget, store: Store, actor: Actor, plan_id: int, what: str, language: str,
                  site_name: str, say: Callable[[str, str], None]) -> None:
    """what: plan, itinerary or expenses; written in the desk's language; `say` reports to the status line."""
    writer = WRITERS[what]
    try:
        detail = plan_detail(store, actor, plan_id)
    except DomainError as err:
        say(error_text(err), "error")
        return
    name = f"{detail.plan_no}-{what}.pdf"
    path, _ = QFileDialog.getSaveFileName(parent, translate("ConsoleWindow", "Save as PDF"), name,
                                          translate("ConsoleWindow", "PDF files (*.pdf)"))
    if not path:
        return
    try:
        writer(detail, path, language, site_name=site_name)
    except OSError as err:
        say(translate("ConsoleWindow", "Could not write the file: %1").replace("%1", str(err)), "error")
    else:
        say(translate("ConsoleWindow", "Saved %1.").replace("%1", path), "done")
