"""What the visitor log does to the rows it shows: export, archive the day, reveal a number, mark confidential."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from shared.domain.errors import DomainError
from shared.domain.permissions import NotPermitted, Permission, can
from shared.qt.problems import error_text
from shared.services.privacy import visitor_log as vl

from console.common.visit_records import VisitRecordsDialog
from console.log.log_dialogs import ArchiveDialog, RevealDialog, RevealedDialog
from console.log.log_pdf import write_log_pdf
from console.log.log_texts import _NOT_PERMITTED, FIELDS, _tr, translate


class LogActions:
    """LogView's acting half (mixed into it): the services check every permission, these only ask and say."""

    def _error(self, err: DomainError) -> str:
        text = _tr(_NOT_PERMITTED) if isinstance(err, NotPermitted) else error_text(err)
        self.say(text, "error")
        return text

    # --- the visit's photo and signed copies ------------------------------------------------

    def _on_records(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.records_dialog = VisitRecordsDialog(self, self.store, self.actor, row)
        if not self.records_dialog.has_records():
            self.say(translate("VisitorLog", "No photo or signed documents are kept for %1.").replace(
                "%1", row.visit_no), "info")
            return
        self.records_dialog.open()

    # --- export ----------------------------------------------------------------------------

    def _on_export(self) -> None:
        """Not blocking: the file dialog answers through fileSelected."""
        name = f"访客登记表-{vl.range_text(self.query()).replace(' – ', '_')}"
        filters = [translate("VisitorLog", "PDF, printable (*.pdf)"), translate("VisitorLog", "Excel workbook (*.xlsx)"), translate("VisitorLog", "CSV for Excel (*.csv)")]
        self.file_dialog = QFileDialog(self, translate("VisitorLog", "Export the visitor log"),
                                       str(Path(user_documents_dir()) / f"{name}.pdf"), ";;".join(filters))
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.filterSelected.connect(self._suffix_for_filter)
        self.file_dialog.setDefaultSuffix("pdf")
        self.file_dialog.fileSelected.connect(self.export_to)
        self.file_dialog.open()

    def _suffix_for_filter(self, name_filter: str) -> None:
        for suffix in vl.FORMATS:
            if f"*.{suffix}" in name_filter and self.file_dialog is not None:
                self.file_dialog.setDefaultSuffix(suffix)

    def export_to(self, path: str) -> int | None:
        """Every visit the current search finds (not only this page), as the file's type says."""
        fmt = Path(path).suffix.lower().lstrip(".")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a month's PDF takes seconds
        try:
            count = vl.export_log(self.store, self.actor(), self.query(), fmt, path,
                                  pdf_writer=write_log_pdf).value
        except DomainError as err:
            self._error(err)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.say(translate("VisitorLog", "Exported %1 visits to %2.").replace("%1", str(count)).replace("%2", Path(path).name), "done")
        return count

    # --- archive ---------------------------------------------------------------------------

    def _on_archive(self) -> None:
        folder = Path(user_documents_dir()) / "访客登记表"
        self.archive_dialog = ArchiveDialog(self, self._today(), str(folder), self.archive)
        self.archive_dialog.open()

    def archive(self, day: date, handed_to: str, pdf_path: str) -> str:
        """"" when done, else the problem, said in the dialog."""
        actor = self.actor()

        def write(rows, title, subtitle, path):
            note = f"交接：{actor.operator} → {handed_to.strip()}"
            write_log_pdf(rows, title, subtitle, path, note=note)

        try:
            if pdf_path:
                Path(pdf_path).parent.mkdir(parents=True, exist_ok=True)
            done = vl.archive_day(self.store, actor, day, handed_to, pdf_path, pdf_writer=write,
                                  today=self._today())
        except DomainError as err:
            return self._error(err)
        except OSError as err:
            self.say(str(err), "error")
            return str(err)
        archive = done.value
        self.say(translate("VisitorLog", "The log of %1 (%2 visits) is archived and handed over to %3.")
                 .replace("%1", archive.day.isoformat()).replace("%2", str(archive.rows))
                 .replace("%3", archive.handed_to), "done")
        return ""

    # --- reveal ----------------------------------------------------------------------------

    def _on_reveal(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.reveal_dialog = RevealDialog(self, row, self.reveal)
        if not row.mobile_masked:
            self.reveal_dialog.choose("id_number")
        self.reveal_dialog.open()

    def reveal(self, row: vl.LogRow, field: str, reason: str) -> str:
        """"" when shown, else the problem, said in the dialog."""
        try:
            value = vl.reveal(self.store, self.actor(), row.visit_id, field, reason).value
        except DomainError as err:
            return self._error(err)
        field_text = _tr(dict(FIELDS)[field])
        self.revealed_dialog = RevealedDialog(self, row, field_text, value)
        self.revealed_dialog.open()
        self.say(translate("VisitorLog", "Full %1 of %2 shown; the reveal is recorded.").replace("%1", field_text)
                 .replace("%2", row.visit_no), "info")
        return ""

    # --- confidential ----------------------------------------------------------------------

    def _on_confidential(self) -> None:
        row = self.selected()
        if row is None:
            return
        if can(self.actor(), Permission.SEE_CONFIDENTIAL):
            self.set_confidential(row.visit_id, True)
            return
        # Who cannot see confidential visits loses this one from sight: say so before.
        box = self.confirm_box = QMessageBox(
            QMessageBox.Icon.Question, translate("VisitorLog", "Mark confidential"),
            translate("VisitorLog", "Mark the visit of %1 confidential? Afterwards only security and administrators can find it; "
                "you will not see it again.").replace("%1", row.visitor_name), parent=self)
        yes = box.addButton(translate("VisitorLog", "Mark confidential"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(translate("VisitorLog", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        yes.setAccessibleName("Confirm confidential")
        no.setAccessibleName("Cancel")
        box.setDefaultButton(no)
        box.buttonClicked.connect(lambda b: self.set_confidential(row.visit_id, True) if b is yes else None)
        box.open()

    def _on_not_confidential(self) -> None:
        row = self.selected()
        if row is not None:
            self.set_confidential(row.visit_id, False)

    def set_confidential(self, visit_id: int, confidential: bool) -> bool:
        try:
            visit = vl.set_confidential(self.store, self.actor(), visit_id, confidential).value
        except DomainError as err:
            self._error(err)
            self.reload()
            return False
        self.reload()
        text = (translate("VisitorLog", "%1 is marked confidential.") if confidential else translate("VisitorLog", "%1 is no longer confidential."))
        self.say(text.replace("%1", visit.visit_no), "done")
        return True
