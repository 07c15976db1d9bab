"""Pinyin keys of Chinese names: what the host directory stores and how searches match names by pinyin.

A surname is often read differently from its character's everyday reading (单 shàn, not dān; 曾 zēng, not
céng): a name is found by its everyday reading and by each reading of its surname."""
from __future__ import annotations

from functools import lru_cache

from shared.domain.visitor_caches import visitor_cache

# Surnames whose reading as a surname differs from (or adds to) the everyday reading of their characters;
# each maps to every reading people use for it (toneless, syllables separated by spaces).
SURNAMES: dict[str, tuple[str, ...]] = {
    # compound surnames first: 尉迟 is yù chí, while 尉 alone is wèi
    "尉迟": ("yu chi",), "万俟": ("mo qi",), "长孙": ("zhang sun",), "单于": ("chan yu",), "澹台": ("tan tai",),
    "乐正": ("yue zheng",), "令狐": ("ling hu",), "夹谷": ("jia gu",), "谷梁": ("gu liang",), "亓官": ("qi guan",),
    "解": ("xie",), "单": ("shan",), "曾": ("zeng",), "覃": ("qin", "tan"), "盖": ("ge", "gai"), "区": ("ou",),
    "仇": ("qiu",), "朴": ("piao",), "查": ("zha",), "乐": ("yue", "le"), "缪": ("miao",), "尉": ("wei",),
    "繁": ("po",), "秘": ("bi",), "员": ("yun",), "能": ("nai",), "召": ("shao",), "种": ("chong",),
    "句": ("gou",), "长": ("chang",), "折": ("she",), "谌": ("chen", "shen"), "黑": ("he",), "宓": ("mi", "fu"),
    "藏": ("zang",), "翟": ("zhai", "di"), "隗": ("wei", "kui"), "贲": ("ben",), "那": ("na",), "佴": ("nai",),
    "莘": ("shen",), "车": ("che",), "柏": ("bai",), "薄": ("bo",), "祭": ("zhai",), "六": ("lu",),
    "费": ("fei", "bi"), "燕": ("yan",), "任": ("ren",), "华": ("hua",), "纪": ("ji",), "郇": ("huan", "xun"),
    "蔚": ("yu", "wei"), "角": ("jue",), "洗": ("xian",), "冼": ("xian",), "过": ("guo",), "朝": ("chao",),
    "干": ("gan",), "曲": ("qu",), "相": ("xiang",), "应": ("ying",), "强": ("qiang",), "都": ("du",),
    "传": ("chuan",), "重": ("chong",), "恶": ("wu",), "阚": ("kan",), "粘": ("nian",), "啜": ("chuai",),
}
_LONGEST = max(map(len, SURNAMES))


def _initials(syllables: list[str]) -> str:
    return "".join(s[0] for s in syllables if s)


def _lazy_pinyin(text: str) -> list[str]:
    # pypinyin loads its phrase dictionary on import (a fifth of a second): not before the first name.
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text, style=Style.NORMAL, errors="ignore")


def _everyday(name: str) -> list[str]:
    return [s.lower() for s in _lazy_pinyin(name)]


def pinyin_keys(name: str) -> tuple[str, str]:
    """张三 -> ("zhang san", "zs"): the name read as a whole (phrases decide polyphones), and initials."""
    syllables = _everyday(name)
    return " ".join(syllables), _initials(syllables)


def _surname_variants(name: str, syllables: list[str]) -> list[list[str]]:
    """The syllables with the surname read each way it is read as a surname (the longest surname that fits)."""
    for size in range(_LONGEST, 0, -1):
        readings = SURNAMES.get(name[:size])
        if readings and len(syllables) >= size:
            return [reading.split() + syllables[size:] for reading in readings]
    return []


def surname_keys(name: str) -> tuple[str, str]:
    """单田芳 -> ("shantianfang", "stf"): the surname readings that differ from the everyday one, each as
    compact full pinyin and as initials, separated by spaces ("" when there are none)."""
    everyday = _everyday(name)
    fulls, initials = [], []
    for variant in _surname_variants(name, everyday):
        if variant != everyday:
            fulls.append("".join(variant))
            initials.append(_initials(variant))
    return " ".join(dict.fromkeys(fulls)), " ".join(dict.fromkeys(i for i in initials if i != _initials(everyday)))


FIELD_MARK, WORD_MARK = "\x1f", "\x1e"  # control characters: no typed text holds them (validation refuses them)


def host_search_columns(name: str, name_en: str, pinyin: str, initials: str, pinyin_alt: str,
                        initials_alt: str) -> tuple[str, str]:
    """(search_text, search_prefix) of a host, so a search is one scan of two columns, not six LIKEs:
    search_text holds what is matched anywhere (the name, the English name, the compact pinyin and the
    surname's readings), search_prefix what is matched from a start (the initials, each marked)."""
    anywhere = [name.lower(), name_en.lower(), pinyin.replace(" ", "").lower(), *pinyin_alt.lower().split()]
    starts = [initials.lower(), *initials_alt.lower().split()]
    return FIELD_MARK.join(anywhere), "".join(WORD_MARK + word for word in starts if word)


SHORT_MARK = "\x1e"


def host_search_runs(search_text: str) -> str:
    """Every one- and two-character run of search_text's pieces, each marked to three characters, so a
    one- or two-character search ("王", "zs", "em") is a trigram index search too (see visit_search)."""
    runs = dict.fromkeys(SHORT_MARK * 2 + piece[i:i + 2] for piece in search_text.split(FIELD_MARK)
                         for i in range(len(piece)))
    return FIELD_MARK.join(runs)


def search_key(text: str) -> str:
    """"zhang san" / "ZS" -> "zhangsan" / "zs"; "" when the text is not pinyin (digits, hanzi)."""
    key = text.lower().replace(" ", "").replace("'", "")
    return key if len(key) >= 2 and key.isascii() and key.isalpha() else ""


@lru_cache(maxsize=8192)
def _char_pinyin(char: str) -> str:
    syllables = _lazy_pinyin(char)
    return syllables[0].lower() if syllables else ""


def _spelled(syllables: list[str]) -> tuple[str, str, tuple[int, ...]]:
    starts, at = [], 0
    for syllable in syllables:
        starts.append(at)
        at += len(syllable)
    return "".join(syllables), _initials(syllables), tuple(starts)


@lru_cache(maxsize=1024)  # a desk's on-site names (a kiosk drops it: shared.domain.visitor_caches)
def _pinyin_of(name: str) -> tuple[tuple[str, str, tuple[int, ...]], ...]:
    """张三丰 -> (("zhangsanfeng", "zsf", (0, 5, 8)),): each reading's full pinyin, initials and where its
    syllables start; the everyday reading first, then the surname's.

    Character by character (cached per character): a log search converts many names, each once."""
    syllables = [p for p in map(_char_pinyin, name) if p]
    readings = [syllables] + [v for v in _surname_variants(name, syllables) if v != syllables]
    return tuple(_spelled(r) for r in readings)


visitor_cache(_pinyin_of.cache_clear)


def reading_pieces(name: str) -> tuple[tuple[str, str, tuple[int, ...]], ...]:
    """Each reading of a name: its full pinyin, initials and where its syllables start (see _pinyin_of)."""
    return _pinyin_of(name)


def name_matches(name: str, key: str) -> bool:
    """From the start of any character on: "zhangs", "sanfeng" and "sf" find 张三丰; "angsan" does not.
    Any reading counts: 单田芳 is found by "dantian", "shantian", "dtf" and "stf"."""
    return any(key in initials or any(full.startswith(key, at) for at in starts)
               for full, initials, starts in _pinyin_of(name))
