from dataclasses import replace

import pytest

from shared.domain.errors import InvalidInput
from shared.domain.model import WalkIn
from shared.domain.validation import field_problems, mask_mobile, normalise_mobile, validate_walk_in


@pytest.mark.parametrize("raw", ["13800138000", "138 0013 8000", "+86 138-0013-8000", "１３８００１３８０００"])
def test_chinese_mobile_numbers_in_any_common_form(raw):
    assert normalise_mobile(raw) == "+8613800138000"


def test_foreign_mobile_with_country_code():
    assert normalise_mobile("+44 7911 123456") == "+447911123456"


@pytest.mark.parametrize("raw,code", [("", "required"), ("123", "invalid"), ("1380013800", "invalid"), ("abc", "invalid")])
def test_bad_mobile_numbers(raw, code):
    with pytest.raises(InvalidInput) as err:
        normalise_mobile(raw)
    assert err.value.problems == {"mobile": code}


def test_mask_keeps_only_prefix_and_last_four():
    assert mask_mobile("+8613800138000") == "138****8000"


def test_every_wrong_field_is_reported_at_once():
    problems = field_problems(WalkIn(name="  ", mobile="12", company="x" * 200, host_id=None))
    assert problems == {"name": "required", "mobile": "invalid", "company": "too_long", "host": "required"}


def test_name_with_control_characters_is_refused():
    assert field_problems(WalkIn("张\x00三", "13800138000", "", 1)) == {"name": "invalid"}


def test_valid_walk_in_is_cleaned():
    clean = validate_walk_in(WalkIn("  欧阳  娜娜 ", "138 0013 8000", "ＡＢＣ 公司", 3))
    assert clean == WalkIn("欧阳 娜娜", "+8613800138000", "ABC 公司", 3)


def test_pins_are_kept_hashed_and_checked():
    from shared.domain.pins import hash_pin, verify_pin

    stored = hash_pin("2468")
    assert "2468" not in stored and stored != hash_pin("2468")  # salted
    assert verify_pin("2468", stored) and not verify_pin("2469", stored)
    assert not verify_pin("2468", "garbage") and not verify_pin("2468", "")


def test_an_id_number_comes_in_typed_or_read_off_a_card_and_nothing_else():
    walk_in = WalkIn("张三", "13800138000", "", 1, id_number="11010519491231002X")
    assert field_problems(walk_in) == {}
    assert field_problems(replace(walk_in, id_source="card")) == {}
    assert field_problems(replace(walk_in, id_source="scanned")) == {"id_source": "invalid"}
