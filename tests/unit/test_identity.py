import pytest

from shared.domain.errors import InvalidInput
from shared.domain.identity import mask_id_number, mask_name, normalise_id_number, normalise_plate


@pytest.mark.parametrize("raw", ["11010519491231002X", "11010519491231002x", " 110105 19491231 002X "])
def test_resident_id_with_a_good_check_digit(raw):
    assert normalise_id_number(raw) == "11010519491231002X"


@pytest.mark.parametrize("raw,code", [("110105194912310021", "invalid"), ("1101051949123", "invalid"),
                                      ("", "required"), ("11010519491331002X", "invalid")])
def test_resident_id_refused(raw, code):
    with pytest.raises(InvalidInput) as err:
        normalise_id_number(raw)
    assert err.value.problems == {"id_number": code}


def test_id_number_masked():
    assert mask_id_number("11010519491231002X") == "1101**********002X"


@pytest.mark.parametrize("raw,plate", [
    ("粤B12345", "粤B12345"), ("粤b·12345", "粤B12345"), ("京A 8J88Z", "京A8J88Z"), ("沪AD12345", "沪AD12345"),
    ("沪A12345F", "沪A12345F"), ("苏E1234学", "苏E1234学"), ("粤BFA1234", "粤BFA1234"),
])
def test_plates_including_new_energy(raw, plate):
    assert normalise_plate(raw) == plate


@pytest.mark.parametrize("raw", ["粤I12345", "粤B1234", "XX12345", "粤B123456", "沪ADA12B45", "沪A1234D5", "粤BF1A345"])
def test_bad_plates(raw):
    with pytest.raises(InvalidInput):
        normalise_plate(raw)


@pytest.mark.parametrize("name,masked", [("张三明", "张*明"), ("张三", "张*"), ("欧阳娜娜", "欧**娜"),
                                         ("John Smith", "J*** S****"), ("张", "张")])
def test_names_masked(name, masked):
    assert mask_name(name) == masked


@pytest.mark.parametrize("raw, number", [
    ("810000199408230021", "810000199408230021"),  # Hong Kong residents' residence permit
    ("830000198001010018", "830000198001010018"),  # Taiwan residents'
    ("911000197903100019", "911000197903100019"),  # the 2023 foreign permanent resident card
    ("usa 110079031011", "USA110079031011"),  # the 2017 one: nationality and 12 digits
])
def test_the_other_cards_a_reader_reads_have_numbers_the_kiosk_takes(raw, number):
    assert normalise_id_number(raw) == number


@pytest.mark.parametrize("raw", ["810000199408230020", "810000199413230021", "US1110079031011",
                                 "USA11007903101", "970000197903100019"])
def test_their_numbers_with_a_wrong_check_digit_date_or_shape_are_refused(raw):
    with pytest.raises(InvalidInput):
        normalise_id_number(raw)
