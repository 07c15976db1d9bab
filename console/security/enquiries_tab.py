"""The security desk's third-party enquiries tab: recorded at any desk, answered only with a security lead's
own name and PIN, and never saying whether someone is here."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from shared.services.security import enquiries as enq

from console.common.signin import pin_field
from console.security.security_parts import (DATA, labelled_form, line_edit, list_view, named_button, problem_label,
                                              top_column, when)

translate = QCoreApplication.translate  # lupdate reads translate("SecurityView", "literal") calls
FREE_TEXT = "text"  # the answer combo's third choice: the approved words typed below it

ID_TYPES = {
    enq.IdType.RESIDENT_ID: QT_TRANSLATE_NOOP("SecurityView", "Resident ID card"),
    enq.IdType.POLICE_CARD: QT_TRANSLATE_NOOP("SecurityView", "Police ID card"),
    enq.IdType.PASSPORT: QT_TRANSLATE_NOOP("SecurityView", "Passport"),
    enq.IdType.OTHER: QT_TRANSLATE_NOOP("SecurityView", "Other official ID"),
}
ANSWERS = {  # the first is the combo's default: the desk never says whether someone is here
    enq.Answer.CANNOT_DISCLOSE: QT_TRANSLATE_NOOP("SecurityView", "We cannot say whether this person is here."),
    enq.Answer.NO_RECORD: QT_TRANSLATE_NOOP("SecurityView", "No record found."),
}
STATES = {
    "open": QT_TRANSLATE_NOOP("SecurityView", "open"),
    "answered": QT_TRANSLATE_NOOP("SecurityView", "answered"),
    "refused": QT_TRANSLATE_NOOP("SecurityView", "refused: no valid ID"),
}



def _tr(text: str) -> str:
    return QCoreApplication.translate("SecurityView", text)


def answer_text(answer: str) -> str:
    """The standard answers in the desk's language; an approved free text as it was typed."""
    return _tr(ANSWERS[answer]) if answer in ANSWERS else answer


class EnquiriesTab:
    """SecurityView's enquiries half (mixed into it): the tab's widgets, texts and acts."""

    def _build_enquiries(self) -> QWidget:
        page = QWidget()
        self.enquiry_list = list_view("Enquiries")
        self.enquiry_list.itemSelectionChanged.connect(self._show_selected_enquiry)
        self.enquiry_detail = QLabel(objectName="selectedVisit")
        self.enquiry_detail.setAccessibleName("Enquiry details")
        self.enquiry_detail.setWordWrap(True)
        self.enquiry_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.approver_name = line_edit("Approver name")
        self.approver_pin = pin_field("Approver PIN")
        self.answer_choice = QComboBox()
        self.answer_choice.setAccessibleName("Answer choice")
        self.answer_choice.currentIndexChanged.connect(self._update_buttons)
        self.answer_text = line_edit("Approved answer")
        self.answer_button = named_button("Answer enquiry", primary=True)
        self.answer_button.clicked.connect(self.answer_selected)
        self.refuse_button = named_button("Refuse enquiry")
        self.refuse_button.clicked.connect(self.refuse_selected)
        self.answer_problem = problem_label("Answer problem")

        self.enquirer_name, self.enquirer_org = line_edit("Enquirer name"), line_edit("Enquirer organisation")
        self.id_type = QComboBox()
        self.id_type.setAccessibleName("Enquirer ID type")
        self.id_number = line_edit("Enquirer ID number")
        self.about, self.question = line_edit("Enquiry about"), line_edit("Enquiry question")
        self.record_button = named_button("Record enquiry", primary=True)
        self.record_button.clicked.connect(self.record_enquiry)
        self.enquiry_problem = problem_label("Enquiry problem")

        self.enquiry_heading = QLabel(objectName="panelHeading")
        self.answer_heading = QLabel(objectName="panelHeading")
        self.new_heading = QLabel(objectName="panelHeading")
        self.rule = QLabel(objectName="selectedVisit")
        self.rule.setWordWrap(True)
        answer_form, self.answer_labels = labelled_form((self.approver_name, self.approver_pin, self.answer_choice,
                                                         self.answer_text))
        answer_buttons = QHBoxLayout()
        answer_buttons.addWidget(self.answer_button)
        answer_buttons.addWidget(self.refuse_button)
        answer_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.enquiry_heading)
        left.addWidget(self.enquiry_list, 1)
        middle = top_column(self.answer_heading, self.enquiry_detail, answer_form, answer_buttons, self.answer_problem)

        new_form, self.new_labels = labelled_form((self.enquirer_name, self.enquirer_org, self.id_type,
                                                   self.id_number, self.about, self.question), self.record_button)
        right = top_column(self.new_heading, self.rule, new_form, self.enquiry_problem)
        row = QHBoxLayout(page)
        row.addLayout(left, 4)
        row.addSpacing(20)
        row.addLayout(middle, 3)
        row.addSpacing(20)
        row.addLayout(right, 3)
        return page

    def _retranslate_enquiries(self) -> None:
        self.enquiry_heading.setText(translate("SecurityView", "Enquiries"))
        self.answer_heading.setText(translate("SecurityView", "Answer the enquiry"))
        for label, text in zip(self.answer_labels, (translate("SecurityView", "Security lead"),
                                                    translate("SecurityView", "Lead's PIN"),
                                                    translate("SecurityView", "Answer"),
                                                    translate("SecurityView", "Approved answer"))):
            label.setText(text)
        chosen = self.answer_choice.currentData()
        self.answer_choice.clear()
        for code in ANSWERS:
            self.answer_choice.addItem(answer_text(code), str(code))
        self.answer_choice.addItem(translate("SecurityView", "An approved answer (type it below)"), FREE_TEXT)
        if chosen is not None:
            self.answer_choice.setCurrentIndex(max(0, self.answer_choice.findData(chosen)))
        self.answer_text.setPlaceholderText(translate("SecurityView", "Only for an official enquiry the lead approved"))
        self.answer_button.setText(translate("SecurityView", "Give answer"))
        self.refuse_button.setText(translate("SecurityView", "Refuse: no valid ID"))
        self.new_heading.setText(translate("SecurityView", "Record an enquiry"))
        self.rule.setText(translate("SecurityView", "Never say whether someone is here. Record who asks, see their ID, "
                                                    "and call the security lead."))
        for label, text in zip(self.new_labels, (translate("SecurityView", "Enquirer"),
                                                 translate("SecurityView", "Organisation"),
                                                 translate("SecurityView", "ID type"),
                                                 translate("SecurityView", "ID number"),
                                                 translate("SecurityView", "About whom"),
                                                 translate("SecurityView", "Question"))):
            label.setText(text)
        id_type = self.id_type.currentData()
        self.id_type.clear()
        self.id_type.addItem(translate("SecurityView", "No ID shown"), "")
        for code, text in ID_TYPES.items():
            self.id_type.addItem(_tr(text), str(code))
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(id_type)) if id_type is not None else 1)
        self.record_button.setText(translate("SecurityView", "Record enquiry"))

    def _enquiry_text(self, e: enq.EnquiryView) -> str:
        who = translate("SecurityView", "%1 (%2)").replace("%1", e.enquirer_name).replace("%2", e.enquirer_org) if e.enquirer_org \
            else e.enquirer_name
        return translate("SecurityView", "%1 · %2 asks about %3 · %4").replace("%1", when(e.at)).replace("%2", who) \
            .replace("%3", e.about).replace("%4", _tr(STATES.get(e.state, e.state)))

    def _show_selected_enquiry(self) -> None:
        e = self._selected(self.enquiry_list)
        if e is None:
            self.enquiry_detail.setText(translate("SecurityView", "Choose an enquiry to answer it."))
        else:
            lines = [translate("SecurityView", "Question: %1").replace("%1", e.question or "—"),
                     translate("SecurityView", "ID shown: %1").replace("%1", f"{_tr(ID_TYPES[e.id_type])} {e.id_masked}"
                                                     if e.id_masked else translate("SecurityView", "none"))]
            lines.append(translate("SecurityView", "Recorded by %1 at %2").replace("%1", e.operator).replace("%2", e.station))
            if e.state == "answered":
                lines.append(translate("SecurityView", "Answer approved by %1: %2").replace("%1", e.approved_by)
                             .replace("%2", answer_text(e.answer)))
            self.enquiry_detail.setText("\n".join(lines))
        self._update_buttons()

    def record_enquiry(self) -> None:
        if self._call(enq.open_enquiry, self.enquirer_name.text(), self.enquirer_org.text(),
                      self.id_type.currentData() or "", self.id_number.text(), self.about.text(),
                      self.question.text(), problem=self.enquiry_problem,
                      done=translate("SecurityView", "Enquiry recorded. Call the security lead to approve an answer.")):
            for field in (self.enquirer_name, self.enquirer_org, self.id_number, self.about, self.question):
                field.clear()
            self.enquiry_list.setCurrentRow(0)  # the new one, newest first: ready to answer

    def answer_selected(self) -> None:
        e = self._selected(self.enquiry_list)
        if e is None:
            return
        code = self.answer_choice.currentData()
        answer = self.answer_text.text() if code == FREE_TEXT else code
        ok = self._call(enq.answer_enquiry, e.id, self.approver_name.text(), self.approver_pin.text(), answer,
                        problem=self.answer_problem, done=translate("SecurityView", "Answered."))
        self.approver_pin.clear()  # never left behind for the next person at the desk
        if ok:
            self.approver_name.clear()
            self.answer_text.clear()
            self._show_given_answer(e.id)

    def _show_given_answer(self, enquiry_id: int) -> None:
        """What to tell the enquirer, exactly (for a confidential guest: no record found)."""
        for i in range(self.enquiry_list.count()):
            row = self.enquiry_list.item(i).data(DATA)
            if row.id == enquiry_id:
                self.enquiry_list.setCurrentRow(i)
                self.say(translate("SecurityView", "Tell the enquirer: %1").replace("%1", answer_text(row.answer)), "done")

    def refuse_selected(self) -> None:
        e = self._selected(self.enquiry_list)
        if e is not None:
            self._call(enq.refuse_enquiry, e.id, problem=self.answer_problem,
                       done=translate("SecurityView", "Refused and recorded: nothing was said about anyone."))
