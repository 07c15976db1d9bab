"""What an import did, in the desk's language: how many rows were saved, and each refused line with why.

One dialog for every import (expected visits, hosts); the column names for expected visits live here too."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shared.domain.errors import InvalidInput
from shared.qt.problems import IMPORT, problem_text
from shared.qt.retranslate import Retranslating
from shared.services.common.tables import ImportReport, RejectedRow

from console.admin.host_dialog import join_sentences

CONTEXT = "ImportReport"

# the sheet's columns as a person knows them (a missing required column is named)
COLUMN_NAMES = {
    "visitor_name": QT_TRANSLATE_NOOP("ImportReport", "visitor name (姓名)"),
    "host": QT_TRANSLATE_NOOP("ImportReport", "host (被访人)"),
    "expected_on": QT_TRANSLATE_NOOP("ImportReport", "date (日期)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def file_problem_text(err: InvalidInput) -> str:
    """Why a whole file was refused."""
    if "columns" in err.problems:
        names = [_tr(COLUMN_NAMES.get(c.strip(), c.strip())) for c in err.problems["columns"].split(",")]
        return QCoreApplication.translate("ImportReport", "The file lacks these columns: %1").replace("%1", ", ".join(names))
    return problem_text("file", err.problems.get("file", ""), IMPORT)


class ImportReportDialog(Retranslating, QDialog):
    """What an import did: a summary and each refused line with why; with no report (the whole file
    was refused) the summary alone says why. The caller words what was imported and each problem,
    as callables, so a language switch words them again."""

    def __init__(self, parent: QWidget | None, report: ImportReport | None, *, title: Callable[[], str],
                 summary: Callable[[], str], problem: Callable[[str, str], str],
                 list_name: str = "Rejected rows") -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("importReport")
        self.report, self._title, self._summary, self._problem = report, title, summary, problem
        self.summary = QLabel(objectName="dialogPrompt")
        self.summary.setAccessibleName("Import summary")
        self.summary.setWordWrap(True)
        self.rejected = QListWidget(objectName="rejectedRows")
        self.rejected.setAccessibleName(list_name)
        self.rejected.setWordWrap(True)
        self.close_button = QPushButton(objectName="primary")
        self.close_button.setAccessibleName("Close")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejected, 1)
        layout.addLayout(row)
        self.resize(560, 380 if self._rejected() else 160)
        self.retranslate()

    def _rejected(self) -> tuple[RejectedRow, ...]:
        return self.report.rejected if self.report is not None else ()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.summary.setText(self._summary())
        self.rejected.clear()
        for row in self._rejected():
            reasons = join_sentences([self._problem(f, c) for f, c in row.problems.items()])
            self.rejected.addItem(QCoreApplication.translate("ImportReport", "Line %1: %2")
                                  .replace("%1", str(row.line)).replace("%2", reasons))
        self.rejected.setVisible(bool(self._rejected()))
        self.close_button.setText(QCoreApplication.translate("ImportReport", "Close"))


def expected_import_report(parent: QWidget | None, file_name: str, report: ImportReport) -> ImportReportDialog:
    def summary() -> str:
        accepted = QCoreApplication.translate("ImportReport", "Expected visits imported: %1.").replace(
            "%1", str(report.accepted))
        if not report.rejected:
            return accepted
        refused = QCoreApplication.translate(
            "ImportReport", "Lines not imported: %1. Correct them in the file and import it again "
            "(lines already imported are not added twice).").replace("%1", str(len(report.rejected)))
        return f"{accepted}\n{refused}"

    return ImportReportDialog(
        parent, report, problem=lambda field, code: problem_text(field, code, IMPORT), summary=summary,
        title=lambda: QCoreApplication.translate("ImportReport", "Import: %1").replace("%1", file_name))
