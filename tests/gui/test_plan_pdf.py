"""A reception plan's printouts in Chinese and English: the plan, the itinerary and the expense sign-off
report, built from hand-made PlanDetail values (the contract's dataclasses are all they take)."""
from __future__ import annotations

import re
import unicodedata

import pytest
from PySide6.QtGui import QImage

from console.common.pdf import pdf_page_count, pdf_text
from console.plans.pdf import plan_pdf_screenshot, write_expense_report_pdf, write_itinerary_pdf, write_plan_pdf
from tests.gui.plan_samples import sample_detail

SITE = "华东重工 East China"


# CJK Radicals Supplement look-alikes the extraction gives for some simplified characters; NFKC leaves them.
RADICALS = str.maketrans("⻅⻜⻋⻝⻔⻚⻓⻛⻢⻉⻩⻥⻦⻬⻰", "见飞车食门页长风马贝黄鱼鸟齐龙")


def text_of(path, page=0) -> str:
    """As a reader extracts it: Qt maps a few CJK glyphs to the radical that looks the same (食 -> U+2EDD);
    NFKC folds the Kangxi ones back (and full-width colons to ":"), the table the others."""
    return unicodedata.normalize("NFKC", pdf_text(str(path), page)).translate(RADICALS)


def all_text(path) -> str:
    return "\n".join(text_of(path, n) for n in range(pdf_page_count(str(path))))


@pytest.mark.parametrize("language, labels", [
    ("zh_CN", ("接待方案", "接待申请", "行程安排", "预算与实际费用", "电话回访", "到访总结汇报", "接车", "高级")),
    ("en", ("Reception plan", "Request", "Itinerary", "Budget and spending", "Follow-up call", "Visit summary",
            "Pickup", "Senior")),
])
def test_the_plan_in_either_language(tmp_path, app_fonts, language, labels):
    path = tmp_path / "plan.pdf"
    pages = write_plan_pdf(sample_detail(), str(path), language, SITE)
    assert pages == pdf_page_count(str(path)) >= 1
    assert path.read_bytes().startswith(b"%PDF")
    text = all_text(path)
    for label in labels:
        assert label in text, label
    assert "欧阳建国" in text and "合作方案满意" in text  # the data as entered
    for number in range(pages):
        page = text_of(path, number)
        assert SITE in page and "P261126-01" in page  # on every page
        expected = (rf"第 {number + 1} \S / 共 {pages} \S" if language == "zh_CN"
                    else rf"Page {number + 1} of {pages}")
        assert re.search(expected, page), page[-80:]
    other = ("Reception plan", "Itinerary") if language == "zh_CN" else ("接待方案", "预算")
    assert not any(word in text for word in other)


def test_a_hidden_summary_is_not_printed(tmp_path, app_fonts):
    path = tmp_path / "plan.pdf"
    write_plan_pdf(sample_detail(summary_hidden=True), str(path), "zh_CN", SITE)
    text = all_text(path)
    assert "仅限有权限的人员查阅" in text and "合作方案满意" not in text


def test_the_itinerary_day_by_day(tmp_path, app_fonts):
    path = tmp_path / "itinerary.pdf"
    write_itinerary_pdf(sample_detail(), str(path), "zh_CN", SITE)
    text = text_of(path)
    assert "接待行程单" in text and "P261126-01" in text
    for label in ("时间", "事项", "地点", "负责人", "司机", "张师傅", "虹桥机场 T2"):
        assert label in text, label
    assert re.search(r"2026-11-26 周\S", text)  # a band per day
    english = tmp_path / "itinerary_en.pdf"
    write_itinerary_pdf(sample_detail(), str(english), "en", SITE)
    assert "Itinerary" in text_of(english) and "Driver" in text_of(english) and "Page 1 of 1" in text_of(english)


def test_a_long_itinerary_repeats_its_header_on_each_page(tmp_path, app_fonts):
    path = tmp_path / "long.pdf"
    pages = write_itinerary_pdf(sample_detail(steps=60), str(path), "en", SITE)
    assert pages == pdf_page_count(str(path)) >= 2
    for number in range(pages):
        page = text_of(path, number)
        assert "Driver" in page and f"Page {number + 1} of {pages}" in page


def test_the_expense_report_with_totals_and_who_signed(tmp_path, app_fonts):
    path = tmp_path / "expenses.pdf"
    write_expense_report_pdf(sample_detail(), str(path), "zh_CN", SITE)
    text = text_of(path)
    for label in ("食宿费用签单报告", "费用明细", "分类合计与预算对比", "签单确认", "经办人", "欢迎晚宴 6 人"):
        assert label in text, label
    assert "4,030" in text and "3,500" in text and "+530" in text  # spent, budget, over
    assert "+600" in text  # gifts: spent without a budget line
    assert re.search(r"签单确认:\s*王总", text)
    english = tmp_path / "expenses_en.pdf"
    write_expense_report_pdf(sample_detail(signed=False), str(english), "en", SITE)
    text = text_of(english)
    assert "Expense sign-off report" in text and "Totals by category against the budget" in text
    assert "(not signed yet)" in text and "王总" not in text


def test_page_one_renders_for_the_readme(tmp_path, app_fonts):
    png = tmp_path / "plan.png"
    pages = plan_pdf_screenshot(sample_detail(), SITE, str(tmp_path / "plan.pdf"), str(png), "en")
    assert pages >= 1
    image = QImage(str(png))
    assert image.width() == 1600 and image.height() > image.width()  # A4 portrait
    title = image.copy(0, 0, 1600, 300)
    dark = sum(1 for x in range(0, 1600, 4) for y in range(0, 300, 4) if title.pixelColor(x, y).lightness() < 128)
    assert dark > 50  # the site's name and the title are printed, not a blank page


def test_an_unwritable_path_is_an_error(tmp_path, app_fonts):
    with pytest.raises(OSError):
        write_plan_pdf(sample_detail(), str(tmp_path / "missing" / "plan.pdf"), "en", SITE)


def test_the_printouts_of_a_plan_from_the_plan_services(sqlite_url, tmp_path, app_fonts):
    from datetime import date, timedelta

    from shared.domain.model import Actor
    from shared.services import plans
    from shared.services.demo import seed_demo
    from shared.services.site.settings import site_settings
    from shared.store.engine import open_store

    store = open_store(sqlite_url)
    try:
        seed_demo(store)
        desk, leader = Actor("desk-1", "amy", "receptionist"), Actor("desk-1", "王总", "leader")
        start = date.today() + timedelta(days=1)
        detail = plans.request_plan(store, desk, plans.PlanRequest(
            guest_name="欧阳建国", arrive_on=start, leave_on=start + timedelta(days=1), party_size=3,
            proposed_level="senior")).value
        plans.approve_plan(store, leader, detail.id)
        plans.add_expense(store, desk, detail.id, plans.Category.MEALS, 500, "午餐")
        detail = plans.sign_off_expenses(store, leader, detail.id).value
        site = site_settings(store).site_name
    finally:
        store.close()
    for write, title in ((write_plan_pdf, "接待方案"), (write_itinerary_pdf, "接待行程单"),
                         (write_expense_report_pdf, "食宿费用签单报告")):
        path = tmp_path / f"{title}.pdf"
        write(detail, str(path), "zh_CN", site)
        text = text_of(path)
        assert title in text and detail.plan_no in text and "欧阳建国" in text
    assert re.search(r"签单确认:\s*王总", text_of(tmp_path / "食宿费用签单报告.pdf"))
