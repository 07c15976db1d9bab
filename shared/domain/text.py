"""Text as people type it: full-width forms from CJK input methods, stray spaces, and what is refused
before any cleaning (control characters, unpaired surrogates, line breaks in one-line fields, excess)."""
from __future__ import annotations

import re
import unicodedata

# Cc except tab, LF and CR; unpaired surrogates (Python keeps them in str; no database can store them).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# A one-line field has no tab or line break of any kind (LF, CR, VT, FF, NEL, U+2028/2029, FS/GS/RS).
_LINE_BREAK = re.compile("[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# UAX #15's stream-safe limit: more combining marks in a row than any script needs; NFKC sorts a run
# by insertion, so an unbounded run costs quadratic time.
NON_STARTER_RUN = 30
RAW_SLACK = 32  # spaces around a value, a full-width form folding: raw text may be a little longer


def raw_limit(limit: int) -> int:
    """The longest raw text a field of `limit` cleaned characters accepts before it is even cleaned."""
    return 2 * limit + RAW_SLACK


def _long_mark_run(text: str) -> bool:
    run = 0
    for ch in text:
        if unicodedata.combining(ch):
            run += 1
            if run > NON_STARTER_RUN:
                return True
        else:
            run = 0
    return False


def raw_problem(raw: object, limit: int, *, multiline: bool = False) -> str | None:
    """The problem of text as typed, checked before it is normalised (so its cost is bounded):
    "too_long", "invalid_chars" (control characters, NUL, unpaired surrogates, a run of combining marks),
    "line_break" (in a one-line field), or None."""
    if raw is None:
        return None
    if not isinstance(raw, str):
        return "invalid"
    if len(raw) > raw_limit(limit):
        return "too_long"
    if _CONTROL.search(raw):
        return "invalid_chars"
    if not multiline and _LINE_BREAK.search(raw.strip()):  # a scanner's or a cell's final Enter is no break
        return "line_break"
    if _long_mark_run(raw):
        return "invalid_chars"
    return None


def nfkc(text: str) -> str:
    """NFKC in linear time: a run of combining marks beyond the stream-safe limit is cut first."""
    text = text or ""
    if len(text) > NON_STARTER_RUN and _long_mark_run(text):
        kept, run = [], 0
        for ch in text:
            run = run + 1 if unicodedata.combining(ch) else 0
            if run <= NON_STARTER_RUN:
                kept.append(ch)
        text = "".join(kept)
    return unicodedata.normalize("NFKC", text)


def clean_text(text: str) -> str:
    """NFKC folds full-width letters and digits a CJK input method may type; spaces collapse."""
    return " ".join(nfkc(text).split())

