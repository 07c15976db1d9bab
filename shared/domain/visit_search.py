"""What the visitor log's full-text index holds for a visit, and what a typed search looks for in it.

The index is a trigram index (SQLite FTS5's trigram tokenizer, PostgreSQL's pg_trgm): any run of three
or more characters is found anywhere. Chinese names are often two characters and people type one or
two, so the short fields (name, company, plate) also hold their one- and two-character runs of Chinese
text, and their one- and two-letter words, each as a marked piece of three ("\\x1e\\x1e王芳"): a short
query is then a three-character search too. Pinyin is matched from the start of
a syllable ("sanfeng", not "angsan", finds 张三丰) and initials anywhere in them, as before: each
syllable-start suffix and each initials suffix is a marked piece.

Four digits are a mobile's last four (尾号) or a visit's serial, each also a marked whole piece.

Marks are control characters that validation refuses in typed text, so a search never matches across
two pieces or into the marks."""
from __future__ import annotations

import re
from dataclasses import dataclass

from shared.domain.pinyin import SHORT_MARK, reading_pieces, search_key

FORMAT = 2  # what the pieces are; a change needs the rows written again (a migration calling reindex_all)
PIECE = "\x1f"  # between pieces
SHORT = SHORT_MARK  # before a one- or two-character run of a short field (hosts have them too)
SYLLABLE = "\x1d"  # before pinyin from a syllable's start on
INITIALS = "\x1c"  # before initials from any letter on
TAIL = "\x1b"  # before a mobile's last four digits (尾号) and a visit number's serial, each a whole piece
_MARKS = re.compile("[\x1b-\x1f]")
MIN_RUN = 3  # the trigram index finds runs of three characters or more


def _short_runs(value: str) -> list[str]:
    """王芳华 -> 王芳, 芳华, 华: each one- or two-character run from a Chinese character (or a sign) on, made
    three long, and each whole word of one or two letters ("HP", "3M", "Li Na"). Runs inside Latin words
    are left out: nobody looks for "mi" in "Siemens", and they would double the index."""
    runs = [SHORT * 2 + value[i:i + 2] for i in range(len(value)) if not (value[i].isascii() and value[i].isalnum())]
    runs += [SHORT * (MIN_RUN - len(word)) + word for word in value.split() if len(word) <= 2 and word.isascii()]
    return runs


def visit_doc(name: str, company: str, mobile: str, plate: str, purpose: str, visit_no: str) -> str:
    """The text part: what a search finds anywhere (mobile as digits), plus the short fields' runs."""
    name, company, plate = (_MARKS.sub("", v).lower() for v in (name, company, plate))
    values = [v for v in (name, company, mobile.lstrip("+"), plate, _MARKS.sub("", purpose).lower(),
                          visit_no.lower()) if v]
    runs = dict.fromkeys(run for v in (name, company, plate) if v for run in _short_runs(v))
    tails = [TAIL + tail for tail in (mobile[-4:] if len(mobile) >= 4 else "", visit_no.rpartition("-")[2]) if tail]
    pieces = values + list(runs) + tails
    return PIECE + PIECE.join(pieces) + PIECE if pieces else ""


def visit_spell(name: str) -> str:
    """The pinyin part: each reading from each syllable's start on, and its initials from each letter on."""
    pieces: list[str] = []
    for full, initials, starts in reading_pieces(name):
        pieces += [SYLLABLE + full[at:] for at in starts]
        pieces += [INITIALS + initials[at:] for at in range(len(initials) - 1)]  # a key is two or more
    pieces = list(dict.fromkeys(pieces))
    return PIECE + PIECE.join(pieces) + PIECE if pieces else ""


@dataclass(frozen=True, slots=True)
class Wanted:
    """A typed search as runs to find: in the text part, in the pinyin part, and in hosts' search text."""
    doc: tuple[str, ...]
    spell: tuple[str, ...]
    host: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.doc or self.spell or self.host)


def wanted(text: str) -> Wanted:
    text = _MARKS.sub("", text).strip().lower()
    if not text:
        return Wanted((), (), ())
    if len(text) == 4 and text.isdigit():
        # Four digits are a mobile's last four or a visit's serial, as a whole piece: as a substring they
        # are in one mobile in a thousand, too many to read for one page.
        return Wanted((TAIL + text + PIECE,), (), (text,))
    doc = [text if len(text) >= MIN_RUN else SHORT * (MIN_RUN - len(text)) + text]
    digits = re.sub(r"[\s\-+]", "", text)
    if len(digits) >= MIN_RUN and digits.isdigit() and digits != text:
        doc.append(digits)  # "138 0013 8000" is the mobile +8613800138000
    key = search_key(text)
    spell = (SYLLABLE + key, INITIALS + key) if key else ()
    host = tuple(dict.fromkeys(h for h in (text, key) if h))
    return Wanted(tuple(doc), spell, host)
