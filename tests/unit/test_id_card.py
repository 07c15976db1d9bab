"""The card's text record, decoded field by field, for the three cards the readers read."""
from __future__ import annotations

from datetime import date

import pytest

from shared.domain.id_card import RECORD_BYTES, IdCard, UnreadableCard, decode_record, encode_record

RESIDENT = IdCard(kind="resident", name="欧阳娜娜", number="11010519491231002X", sex="female",
                  birth=date(1949, 12, 31), valid_from=date(2020, 1, 2), valid_until=date(2040, 1, 2),
                  nation="维吾尔", address="北京市朝阳区建国路88号院3号楼2单元1001室", authority="北京市公安局朝阳分局")
PERMIT = IdCard(kind="residence_permit", name="陈大文", number="810000199408230021", sex="male",
                birth=date(1994, 8, 23), valid_from=date(2019, 3, 1), valid_until=date(2024, 3, 1),
                address="香港特别行政区", authority="深圳市公安局")
FOREIGN = IdCard(kind="foreign_permanent", name="马克", number="USA110079031011", sex="male",
                 birth=date(1979, 3, 10), valid_from=date(2017, 7, 1), valid_until=None,
                 english_name="SMITH, MARK JOHN", nationality="USA", authority="1500")


@pytest.mark.parametrize("card", [RESIDENT, PERMIT, FOREIGN], ids=lambda c: c.kind)
def test_a_record_decodes_to_the_card_it_came_from(card):
    record = encode_record(card)
    assert len(record) == RECORD_BYTES
    assert decode_record(record) == card


def test_the_resident_fields_sit_where_the_standard_puts_them():
    record = encode_record(RESIDENT)
    assert record[:8].decode("utf-16-le") == "欧阳娜娜"
    assert record[30:32].decode("utf-16-le") == "2"  # female
    assert record[32:36].decode("utf-16-le") == "05"  # 维吾尔
    assert record[122:158].decode("utf-16-le") == RESIDENT.number
    assert record[204:220].decode("utf-16-le") == "20400102"


def test_valid_for_life_has_no_end_and_never_expires():
    card = decode_record(encode_record(FOREIGN))
    assert card.valid_until is None and not card.expired(date(2100, 1, 1))


def test_a_card_past_its_end_date_is_expired_the_day_after():
    assert not PERMIT.expired(date(2024, 3, 1))
    assert PERMIT.expired(date(2024, 3, 2))


def test_a_lowercase_x_check_digit_is_read_as_the_card_prints_it():
    record = bytearray(encode_record(RESIDENT))
    record[156:158] = "x".encode("utf-16-le")
    assert decode_record(bytes(record)).number.endswith("X")


@pytest.mark.parametrize("mangle, why", [
    (lambda r: r[:200], "short"),
    (lambda r: r[:248] + "Q".encode("utf-16-le") + r[250:], "unknown type"),
    (lambda r: r[:36] + "2024-1-1".encode("utf-16-le") + r[52:], "bad date"),
    (lambda r: r[:122] + " ".encode("utf-16-le") * 18 + r[158:], "no number"),
    (lambda r: b"\x00\xd8" + r[2:], "lone surrogate"),
])
def test_a_record_that_is_not_a_cards_is_refused(mangle, why):
    with pytest.raises(UnreadableCard):
        decode_record(mangle(encode_record(RESIDENT)))
