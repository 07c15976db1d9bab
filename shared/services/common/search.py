"""Text search in SQL: the one place a typed text becomes a LIKE pattern, always matched literally.

`%`, `_` and `\\` typed by a visitor or an operator are escaped, so "%" finds only a name holding a "%",
never every row. Every LIKE in the services goes through these (a test greps for any other)."""
from __future__ import annotations

from sqlalchemy import ColumnElement
from sqlalchemy.sql.expression import ColumnOperators

ESCAPE = "\\"


def escaped(text: str) -> str:
    """The text with LIKE's wildcards and the escape character made literal."""
    return text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


def contains(column: ColumnOperators, text: str, *, ignore_case: bool = False) -> ColumnElement[bool]:
    """The column holds the text anywhere (ignoring case when asked: an English name, a company)."""
    pattern = f"%{escaped(text)}%"
    return column.ilike(pattern, escape=ESCAPE) if ignore_case else column.like(pattern, escape=ESCAPE)


def starts_with(column: ColumnOperators, text: str) -> ColumnElement[bool]:
    return column.like(f"{escaped(text)}%", escape=ESCAPE)
