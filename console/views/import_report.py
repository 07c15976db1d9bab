"""What an import did, in the desk's language: how many rows were saved, and each refused line with why."""
from __future__ import annotations

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
from shared.qt.retranslate import Retranslating
from shared.services.tables import ImportReport

from .expected_dialog import field_problem_text

CONTEXT = "ImportReport"

# the sheet's columns as a person knows them (a missing required column is named)
COLUMN_NAMES = {
    "visitor_name": QT_TRANSLATE_NOOP("ImportReport", "visitor name (姓名)"),
    "host": QT_TRANSLATE_NOOP("ImportReport", "host (被访人)"),
    "expected_on": QT_TRANSLATE_NOOP("ImportReport", "date (日期)"),
}
FILE_PROBLEMS = {
    "encoding": QT_TRANSLATE_NOOP("ImportReport", "The file's text encoding is not UTF-8 or GBK."),
    "unreadable": QT_TRANSLATE_NOOP("ImportReport", "The file cannot be read; is it damaged?"),
    "type": QT_TRANSLATE_NOOP("ImportReport", "Only CSV and XLSX files can be imported."),
    "empty": QT_TRANSLATE_NOOP("ImportReport", "The file is empty."),
    "too_many_rows": QT_TRANSLATE_NOOP("ImportReport", "The file has too many rows; please split it."),
}


# a row's problems as said about a line of a file (the dialog's wording speaks of its list)
IMPORT_WORDING = {
    ("name", "required"): QT_TRANSLATE_NOOP("ImportReport", "The visitor's name is missing."),
    ("host", "required"): QT_TRANSLATE_NOOP("ImportReport", "The host is missing."),
    ("host", "unknown"): QT_TRANSLATE_NOOP("ImportReport", "No one of this name is in the host directory."),
    ("mobile", "invalid"): QT_TRANSLATE_NOOP("ImportReport", "This is not a valid mobile number."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def file_problem_text(err: InvalidInput) -> str:
    """Why a whole file was refused."""
    if "columns" in err.problems:
        names = [_tr(COLUMN_NAMES.get(c.strip(), c.strip())) for c in err.problems["columns"].split(",")]
        return _tr("The file lacks these columns: %1").replace("%1", ", ".join(names))
    code = err.problems.get("file", "")
    return _tr(FILE_PROBLEMS.get(code, "The file cannot be read; is it damaged?"))


def rejected_lines(report: ImportReport) -> list[str]:
    return [_tr("Line %1: ").replace("%1", str(row.line))
            + " ".join(_problem(f, c) for f, c in row.problems.items()) for row in report.rejected]


def _problem(field: str, code: str) -> str:
    return _tr(IMPORT_WORDING[field, code]) if (field, code) in IMPORT_WORDING else field_problem_text(field, code)


class ImportReportDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None, file_name: str, report: ImportReport) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("importReport")
        self.file_name, self.report = file_name, report
        self.summary = QLabel(objectName="dialogPrompt")
        self.summary.setAccessibleName("Import summary")
        self.summary.setWordWrap(True)
        self.rejected = QListWidget(objectName="rejectedRows")
        self.rejected.setAccessibleName("Rejected rows")
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
        self.resize(560, 380 if report.rejected else 160)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Import: %1").replace("%1", self.file_name))
        accepted = _tr("Expected visits imported: %1.").replace("%1", str(self.report.accepted))
        if self.report.rejected:
            refused = _tr("Lines not imported: %1. Correct them in the file and import it again "
                          "(lines already imported are not added twice).").replace("%1", str(len(self.report.rejected)))
            self.summary.setText(f"{accepted}\n{refused}")
        else:
            self.summary.setText(accepted)
        self.rejected.clear()
        self.rejected.addItems(rejected_lines(self.report))
        self.rejected.setVisible(bool(self.report.rejected))
        self.close_button.setText(_tr("Close"))
