"""forget_visitors empties every cache that fills with what visitors brought: nothing of them stays."""
from __future__ import annotations

from datetime import date

from printers.layout import text as layout_text
from shared.domain import pinyin
from shared.domain.visitor_caches import forget_visitors
from shared.domain.visit_search import visit_spell
from shared.services.common import boundary
from shared.services.privacy.log_rows import LogQuery
from shared.services.privacy.log_search import checked_query


def test_after_forget_visitors_no_past_visitors_name_is_held_in_a_cache():
    visit_spell("欧阳娜娜")
    layout_text.text_width("欧阳娜娜", True, 40)
    layout_text.set_line("欧阳娜娜", True, 40)
    checked_query(LogQuery(text="欧阳娜娜", date_from=date(2026, 1, 1)))  # a frozen value through the guard
    assert pinyin._pinyin_of.cache_info().currsize and layout_text._cached_width.cache_info().currsize
    assert layout_text._set_lines and boundary._PASSED
    forget_visitors()
    assert pinyin._pinyin_of.cache_info().currsize == 0
    assert layout_text._cached_width.cache_info().currsize == 0
    assert not layout_text._set_lines and layout_text._set_dots == 0
    assert not boundary._PASSED
    assert layout_text.text_width("欧阳娜娜", True, 40) > 0  # and all of it works as before
