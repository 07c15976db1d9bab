"""The services' outer edge: every public function's text and numbers checked before any work is done.

The domain's rules know each field (its length, one line or several); this is the floor under all of
them, so no argument a station passes can reach the database as something it cannot store or compare:
control characters, NUL (PostgreSQL refuses it), unpaired surrogates (no encoder takes them), line breaks
in one-line fields, text beyond any column, integers beyond an INTEGER column, ids that cannot exist."""
from __future__ import annotations

import dataclasses
import functools
import inspect
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import date, time
from decimal import Decimal
from enum import Enum

from shared.domain.errors import InvalidInput, NotFound
from shared.domain.text import raw_problem
from shared.domain.visitor_caches import visitor_cache

INT_MIN, INT_MAX = -(2**31), 2**31 - 1  # every integer column is INTEGER: 32 bits on PostgreSQL
TEXT_MAX = 20_000  # the longest field (a plan's summary); raw_problem allows twice that plus spaces
# Fields that may run over several lines; every other text argument is one line.
MULTILINE = frozenset({
    "message", "question", "answer", "reason", "note", "notes", "summary", "purpose", "meet_whom", "lodging",
    "meals", "needs", "followup_notes", "text", "body", "privacy_notice", "welcome", "content", "members",
    "description", "text_zh", "text_en",
})
_COUNTS = frozenset({"limit", "offset", "max_rows", "count"})
_SKIP = frozenset({"store", "s", "session", "self", "cls"})
_DEPTH = 4
# Frozen values that passed (a console passes the same few hundred visits on every change): by identity,
# with the object held so its id cannot be reused while listed.
_PASSED: OrderedDict[int, object] = OrderedDict()
_PASSED_MAX = 2_000  # the console's few hundred visits; a kiosk's one-off values must not pile up
_IMMUTABLE = (str, int, float, type(None), tuple, frozenset, date, time, Enum, Decimal)  # date: datetime too
_lock = threading.Lock()


def _forget_passed() -> None:
    with _lock:
        _PASSED.clear()


visitor_cache(_forget_passed)  # a kiosk's walk-ins, held only to be recognised

_inside = threading.local()  # a guarded function calling another: its arguments were checked at the edge


def _is_id(name: str) -> bool:
    return name in ("id", "ids") or name.endswith(("_id", "_ids"))


def _check(name: str, value, problems: dict[str, str], depth: int = 0) -> None:
    if isinstance(value, str):
        if problem := raw_problem(value, TEXT_MAX, multiline=name in MULTILINE):
            problems.setdefault(name, problem)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if _is_id(name) and not 1 <= value <= INT_MAX:
            raise NotFound(f"no {name} {value}", **{name: value})
        low = 0 if name in _COUNTS else INT_MIN  # a negative LIMIT is an error on PostgreSQL
        if not low <= value <= INT_MAX:
            problems.setdefault(name, "out_of_range")
    elif depth >= _DEPTH:
        return
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        _check_dataclass(value, problems, depth)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _check(str(key), item, problems, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _check(name, item, problems, depth + 1)


def _check_dataclass(value, problems: dict[str, str], depth: int) -> None:
    frozen = type(value).__dataclass_params__.frozen
    if frozen:
        with _lock:
            if _PASSED.get(id(value)) is value:
                _PASSED.move_to_end(id(value))
                return
    before = len(problems)
    for f in dataclasses.fields(value):
        _check(f.name, getattr(value, f.name, None), problems, depth + 1)
    if frozen and len(problems) == before and all(
            isinstance(getattr(value, f.name, None), _IMMUTABLE) or dataclasses.is_dataclass(getattr(value, f.name, None)) for f in dataclasses.fields(value)):
        with _lock:  # immutable all the way down (as far as it was looked at): it stays good
            _PASSED[id(value)] = value
            if len(_PASSED) > _PASSED_MAX:
                _PASSED.popitem(last=False)


def check_arguments(arguments: Mapping[str, object]) -> None:
    """InvalidInput naming every refused argument (or NotFound for an id that cannot exist)."""
    problems: dict[str, str] = {}
    for name, value in arguments.items():
        if name not in _SKIP:
            _check(name, value, problems)
    if problems:
        raise InvalidInput(problems)


def guarded(fn: Callable) -> Callable:
    """`fn` with its arguments checked first; a call that does not bind is left to fail as Python fails it."""
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if getattr(_inside, "depth", 0):
            return fn(*args, **kwargs)  # called by a service: checked where the call came in
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError:
            return fn(*args, **kwargs)
        check_arguments(bound.arguments)
        _inside.depth = 1
        try:
            return fn(*args, **kwargs)
        finally:
            _inside.depth = 0

    wrapper.__guarded__ = True
    return wrapper


def guard_module(namespace: dict) -> None:
    """Guard every public function a service module defines (called at the end of the module)."""
    module = namespace["__name__"]
    for name, obj in list(namespace.items()):
        if not name.startswith("_") and inspect.isfunction(obj) and obj.__module__ == module \
                and not getattr(obj, "__guarded__", False):
            namespace[name] = guarded(obj)


def check_changes(current, changes: Mapping[str, object]) -> None:
    """A settings form's changes: each known field keeps its type (a number stays a number, a switch a
    switch), else InvalidInput names it; unknown fields are left to the caller to refuse."""
    problems = {}
    for name, value in changes.items():
        if not hasattr(current, name):
            continue
        old = getattr(current, name)
        if old is not None and value is not None and (type(value) is not type(old)
                                                      and not (type(old) is float and type(value) is int)):
            problems[name] = "invalid"
    if problems:
        raise InvalidInput(problems)
