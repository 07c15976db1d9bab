"""What a card reader reads off an identity card: the card's text record, decoded.

Three cards share the readers' 256-byte text record (GA 467 / GB 11643, UCS-2 little-endian, fixed
fields): the resident ID card, the Hong Kong / Macao / Taiwan residents' residence permit (type "J": the
same layout, its pass number in the reserved part) and the foreign permanent resident card (type "I": its
own layout, English and Chinese names). The photo block is vendor-encoded and never decoded here."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

RECORD_BYTES = 256

# GB/T 3304 nation codes as printed on the card.
NATIONS = dict(enumerate((
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
    "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
    "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
    "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"),
    start=1)) | {97: "其他", 98: "外国血统中国籍人士"}
SEXES = {"0": "unknown", "1": "male", "2": "female", "9": "unstated"}

# (field, bytes) in record order.
_RESIDENT = (("name", 30), ("sex", 2), ("nation", 4), ("birth", 16), ("address", 70), ("number", 36),
             ("authority", 30), ("valid_from", 16), ("valid_until", 16), ("permit_number", 18),
             ("issue_count", 4), ("reserved", 6), ("type", 2), ("reserved_end", 6))
_FOREIGN = (("english_name", 120), ("sex", 2), ("number", 30), ("nationality", 6), ("name", 30),
            ("valid_from", 16), ("valid_until", 16), ("birth", 16), ("version", 4), ("authority", 8),
            ("type", 2), ("reserved", 6))
KINDS = {" ": "resident", "J": "residence_permit", "I": "foreign_permanent"}


class UnreadableCard(ValueError):
    """The record is not one of the three layouts, or a field that must be there is not."""


@dataclass(frozen=True)
class IdCard:
    kind: str  # a value of KINDS
    name: str  # as printed (Chinese; the foreign card's Chinese name, or its English one if it has none)
    number: str  # the ID / permit number
    sex: str  # a value of SEXES
    birth: date | None
    valid_from: date | None
    valid_until: date | None  # None: 长期 (valid for life)
    nation: str = ""  # resident cards
    address: str = ""  # resident cards and permits
    authority: str = ""
    english_name: str = ""  # the foreign card
    nationality: str = ""  # the foreign card: ISO 3166 alpha-3

    def expired(self, today: date) -> bool:
        return self.valid_until is not None and self.valid_until < today


def decode_record(record: bytes) -> IdCard:
    if len(record) < RECORD_BYTES:
        raise UnreadableCard(f"text record of {len(record)} bytes, {RECORD_BYTES} expected")
    record = record[:RECORD_BYTES]
    kind = KINDS.get(_text(record[248:250]) or " ")
    if kind is None:
        raise UnreadableCard(f"unknown card type {record[248:250]!r}")
    fields = _split(record, _FOREIGN if kind == "foreign_permanent" else _RESIDENT)
    if kind == "foreign_permanent":
        english = fields["english_name"]
        name = fields["name"] or english
        extra = {"english_name": english, "nationality": fields["nationality"]}
    else:
        name = fields["name"]
        extra = {"nation": _nation(fields["nation"]) if kind == "resident" else "", "address": fields["address"]}
    if not name or not fields["number"]:
        raise UnreadableCard("the record has no name or no number")
    return IdCard(kind=kind, name=name, number=fields["number"].upper(), sex=SEXES.get(fields["sex"], "unknown"),
                  birth=_date(fields["birth"]), valid_from=_date(fields["valid_from"]),
                  valid_until=_date(fields["valid_until"]), authority=fields["authority"], **extra)


def _split(record: bytes, layout: tuple[tuple[str, int], ...]) -> dict[str, str]:
    fields, at = {}, 0
    for name, size in layout:
        fields[name] = _text(record[at:at + size])
        at += size
    return fields


def _text(raw: bytes) -> str:
    try:
        text = raw.decode("utf-16-le")
    except UnicodeDecodeError:
        raise UnreadableCard("a field is not UCS-2 text") from None
    return text.replace("\x00", " ").strip()


def _nation(code: str) -> str:
    return NATIONS.get(int(code), code) if code.isdigit() else code


def _date(text: str) -> date | None:
    """YYYYMMDD; "长期" (or nothing) is no date."""
    if not text or text == "长期":
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise UnreadableCard(f"not a date: {text!r}") from None


def encode_record(card: IdCard) -> bytes:
    """The record a reader sends for this card: for the simulated readers in tests and the demo."""
    def day(value: date | None) -> str:
        return value.strftime("%Y%m%d") if value else "长期"

    sex = next(code for code, word in SEXES.items() if word == card.sex)
    if card.kind == "foreign_permanent":
        values = {"english_name": card.english_name, "sex": sex, "number": card.number,
                  "nationality": card.nationality, "name": card.name, "valid_from": day(card.valid_from),
                  "valid_until": day(card.valid_until), "birth": day(card.birth), "version": "20",
                  "authority": card.authority, "type": "I"}
        layout = _FOREIGN
    else:
        nation = next((f"{code:02d}" for code, word in NATIONS.items() if word == card.nation), "")
        values = {"name": card.name, "sex": sex, "nation": nation, "birth": day(card.birth),
                  "address": card.address, "number": card.number, "authority": card.authority,
                  "valid_from": day(card.valid_from), "valid_until": day(card.valid_until),
                  "type": "J" if card.kind == "residence_permit" else " "}
        layout = _RESIDENT
    out = b""
    for name, size in layout:
        raw = values.get(name, "").encode("utf-16-le")[:size]
        out += raw + " ".encode("utf-16-le") * ((size - len(raw)) // 2)
    return out
