"""Image comparisons for badge tests: is this text drawn here, in the shipped font?"""
from __future__ import annotations

from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageOps

from pathlib import Path

from assets import font_path

DATA = Path(__file__).resolve().parents[1] / "data"


def ink_crop(image: Image.Image) -> Image.Image:
    """Crop to the black pixels, so images drawn at different offsets can be compared."""
    bbox = ImageOps.invert(image.convert("L")).getbbox()
    assert bbox is not None, "no ink at all"
    return image.convert("1").crop(bbox)


def reference_text(text: str, size: int, bold: bool) -> Image.Image:
    """The same text drawn independently of printers.layout, straight from the shipped font."""
    font = ImageFont.truetype(str(font_path(bold)), size)
    canvas = Image.new("1", (size * (len(text) + 2), size * 3), 255)
    ImageDraw.Draw(canvas).text((size // 2, size // 2), text, font=font, fill=0)
    return ink_crop(canvas)


def differing_fraction(a: Image.Image, b: Image.Image) -> float:
    if a.size != b.size:
        return 1.0
    diff = ImageChops.logical_xor(a.convert("1"), b.convert("1"))
    return diff.histogram()[255] / (a.width * a.height)


def count_differing(a: Image.Image, b: Image.Image) -> int:
    """Pixels that differ between two 1-bit images of the same size (every pixel if sizes differ)."""
    if a.size != b.size:
        return max(a.width * a.height, b.width * b.height)
    return ImageChops.logical_xor(a.convert("1"), b.convert("1")).histogram()[255]


def ink_fraction(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    """Share of black pixels in box (x0, y0, x1, y1)."""
    region = image.convert("1").crop(box)
    return region.histogram()[0] / (region.width * region.height)


def layout_samples():
    """Fixed sample documents, one per layout: the approved images in tests/approved are these.

    Returns {layout name: document}. Fixed tokens, dates and names (with rare characters), so a
    rendering is the same on every run and any change to it shows up as a pixel difference."""
    from datetime import date, datetime

    from shared.domain.evacuation import EvacuationLine, EvacuationList
    from shared.domain.model import BadgeData, CarriedItem, GatePass, QueueTicket, ReceptionLevel, TestPage

    visitor = BadgeData(
        visit_no="V20251127-0042", visitor_name="欧阳娜娜", company="上海浦东国际贸易有限公司",
        host_name="王建国", visit_date=date(2025, 11, 27), valid_until=datetime(2025, 11, 27, 18, 0),
        token="q3Zf8kLm2NpR7sTvW1xYzA",
    )
    vip = BadgeData(
        visit_no="V20251127-0043", visitor_name="吉𠮷喆", company="深圳前海微众银行股份有限公司",
        host_name="陈玥 Chen Yue", visit_date=date(2025, 11, 27), valid_until=datetime(2025, 11, 27, 20, 0),
        token="Vb7Qm0cXr4TzLw9Hs2KdPA", level=ReceptionLevel.VIP,
        id_number_masked="1101**********1234",
    )
    group = BadgeData(
        visit_no="V20251127-0051", visitor_name="李堃", company="杭州西湖精密机械有限公司",
        host_name="张䶮", visit_date=date(2025, 11, 27), valid_until=datetime(2025, 11, 28, 12, 0),
        token="n8Ye2Rk5Wq1Jt6Zc3Ua0Gm", group_name="华东区经销商考察团", member_no=2, group_size=5,
    )
    gate_pass = GatePass(
        pass_no="GP20251127-0007", visitor_name="欧阳娜娜", company="上海浦东国际贸易有限公司",
        host_name="王建国", plate="沪A·D12345", parking_spot="B2-017",
        items=(CarriedItem("笔记本电脑 Laptop (ThinkPad X1)", 1), CarriedItem("样品箱 Sample case", 2),
               CarriedItem("产品宣传册 Brochures", 30)),
        issued_at=datetime(2025, 11, 27, 9, 41), guard="刘卫东", token="Xp4Lr9Tb2Hs7Nc1Kq6Wm3A",
    )
    test_page = TestPage(station="lobby-kiosk-1", printer="lobby", width_dots=576)
    evacuation = EvacuationList(
        printed_at=datetime(2025, 11, 27, 10, 5), station="desk-1", operator="刘卫东", people=(
            EvacuationLine("欧阳娜娜", "上海浦东国际贸易有限公司", "王建国", "09:12", "访客 Visitor · 接待室一 Room 1"),
            EvacuationLine("李堃", "杭州西湖精密机械有限公司", "张䶮", "09:20", "团体 Group · 华东区经销商考察团"),
            EvacuationLine("保密访客 Confidential visitor", "", "陈玥 Chen Yue", "09:31", "访客 Visitor"),
            EvacuationLine("吉𠮷喆", "顺丰速运", "", "09:41", "司机 Driver · 沪A·D12345 · B2-017"),
        ), vehicles=("沪A·D12345", "粤B·12345"))
    # The kiosk's photo (a fixed JPEG, so only its decoding could move a dot) and the documents signed.
    with_photo = BadgeData(
        visit_no="V20251127-0044", visitor_name="欧阳娜娜", company="上海浦东国际贸易有限公司",
        host_name="王建国", visit_date=date(2025, 11, 27), valid_until=datetime(2025, 11, 27, 18, 0),
        token="Hc5Tn8Wq2Lm7Rz4Kb1Xv9A", photo=(DATA / "badge-photo.jpg").read_bytes(),
        signed=("安全告知 Safety rules", "保密协议 NDA"),
    )
    ticket = QueueTicket(ticket="A012", patient_name="欧*娜", doctor="陈玥 Chen Yue", room="3 号诊室 Room 3",
                         patient_kind="appointment", issued_at=datetime(2025, 11, 27, 9, 41), ahead=2, wait_min=35,
                         token="Tk3Wq8Lm2NpR7sTvW1xYzB", site_name="明德口腔门诊 Mingde Dental")
    return {"visitor": visitor, "vip": vip, "group": group, "gate_pass": gate_pass, "test_page": test_page,
            "evacuation": evacuation, "photo": with_photo, "ticket": ticket}
