"""Every public service function, driven with an attacker's text and numbers on both databases: only the
project's own errors, nothing half-saved after a refusal, and no call over a second."""
from __future__ import annotations

import dataclasses
import enum
import re
import types
import importlib
import inspect
import pkgutil
import time
import typing
from datetime import date, datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select

import shared.services as services
from shared.domain import model as m
from shared.domain.errors import DomainError, InvalidInput
from shared.domain.text import clean_text, raw_problem
from tests.support.actors import STAFF

GROUPS = ("checkin", "desk", "security", "privacy", "directory", "plans", "printing", "notifications", "site")
ADMIN = m.Actor("desk-1", "admin", "admin")
# Whole-site operations whose time grows with the data, not with what is typed; they take no text either.
NOT_DRIVEN = {"seed_demo", "seed_plans", "seed_plan"}
# A refusal that is itself recorded by design: a wrong PIN is audited (and counted against the operator).
# So is a kiosk look-up that matched nothing: the station's miss is counted (and, past the threshold,
# security alerted) so that guessing slows down.
_MISS = {"kiosk_throttle", "security_alert", "audit_log", "change_log"}
RECORDED_REFUSALS = {"directory.operators.sign_in": {"audit_log", "change_log", "operator"},
                     **{f"checkin.{name}": _MISS for name in (
                         "invitation.find_invitation", "invitation.invitations_for_mobile",
                         "invitation.check_in_invitation", "leaving.check_out_by_badge")}}


def _modules():
    for group in GROUPS:
        package = importlib.import_module(f"shared.services.{group}")
        for info in pkgutil.iter_modules(package.__path__):
            yield importlib.import_module(f"shared.services.{group}.{info.name}")


def entry_points() -> list:
    """(qualified name, function) for every public function the service modules define."""
    found = []
    for module in _modules():
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or name in NOT_DRIVEN:
                continue
            if getattr(fn, "__module__", "") == module.__name__:
                found.append((f"{module.__name__.removeprefix('shared.services.')}.{name}", fn))
    return found


ENTRY_POINTS = entry_points()

# Text as an attacker types it: anything Unicode holds (surrogates and controls too), long runs of
# combining marks (quadratic in NFKC), NUL, line breaks, and far too much of it.
_ANY_CHAR = st.characters(exclude_categories=())
_RUNS = st.builds(lambda piece, n: piece * n, st.sampled_from(
    ["\u0301\u0316", "\u0301", "a", "\x00", "\ud800", "\n", "字", "ﾃ", "\u202e", "a\u0301" * 3]),
    st.integers(0, 100_000))
TEXT = st.one_of(st.text(_ANY_CHAR, max_size=60), _RUNS, st.sampled_from(["", " ", "张三", "13800138000"]))
INTS = st.one_of(st.integers(), st.integers(-2**70, 2**70), st.sampled_from([0, -1, 1, 2**31, 2**63, 2**64]))


def _hints(fn) -> dict:
    try:
        return typing.get_type_hints(inspect.unwrap(fn))
    except Exception:  # a name imported only for type checking: fall back to the annotation's text
        return {k: p.annotation for k, p in inspect.signature(fn).parameters.items()}


def _refused_or_built(kind):
    """A value object may refuse its own arguments (a throttle policy with a negative wait): that refusal is
    the boundary working, and it must be the project's own error; the call then gets the default."""
    def build(**fields):
        try:
            return kind(**fields)
        except DomainError:
            return kind()
    return build


def _strategy(name: str, kind, depth: int = 0):
    text = kind if isinstance(kind, str) else getattr(kind, "__name__", "") or str(kind)
    text = str(kind) if not isinstance(kind, type) else text
    if name == "actor" or "Actor" in text:
        return st.just(ADMIN)
    if "Callable" in text:  # a clock or a hook: code, not something a person types
        return None
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return st.one_of(st.sampled_from(list(kind)), TEXT)
    for arg in typing.get_args(kind) if typing.get_origin(kind) in (typing.Union, types.UnionType) else ():
        if arg is not type(None) and (made := _strategy(name, arg, depth)) is not None:
            return st.one_of(made, st.none()) if type(None) in typing.get_args(kind) else made
    if isinstance(kind, type) and dataclasses.is_dataclass(kind) and depth < 2:
        hints = typing.get_type_hints(kind)
        made = {f.name: _strategy(f.name, hints.get(f.name), depth + 1) for f in dataclasses.fields(kind) if f.init}
        return st.builds(_refused_or_built(kind), **{k: v for k, v in made.items() if v is not None})
    if "datetime" in text:
        return st.just(datetime.now(timezone.utc))
    if "date" in text:
        return st.just(date.today())
    if "bool" in text:
        return st.booleans()
    if "tuple[int, int]" in text:
        return st.tuples(INTS, INTS)
    if "Iterable[int]" in text or "list[int]" in text or "set[int]" in text:
        return st.lists(INTS, max_size=3)
    if "tuple[str, int]" in text:
        return st.lists(st.tuples(TEXT, INTS), max_size=2)
    if "Iterable[str]" in text or "list[str]" in text or "tuple[str" in text:
        return st.lists(TEXT, max_size=2)
    if text in ("str", "str | None") or text.startswith("str"):
        return TEXT
    if re.search(r"\bint\b", text):  # not "Printer" or "Point"
        return INTS
    return None


def _keyword_names() -> list[str]:
    """The fields a settings or directory form may change (for functions taking **changes)."""
    from shared.services.directory.hosts import HostRecord
    from shared.services.directory.levels import LevelPolicy
    from shared.services.notifications.settings import NotifySettings
    from shared.services.site.settings import SiteSettings

    return sorted({f.name for c in (HostRecord, LevelPolicy, NotifySettings, SiteSettings)
                   for f in dataclasses.fields(c)} - {"id", "key"})


def _arguments(fn, store):
    """Strategies for every parameter, or None when one cannot be made (a session, a callable)."""
    hints = _hints(fn)
    out = {}
    for name, p in inspect.signature(fn).parameters.items():
        if p.kind == p.VAR_KEYWORD:
            out["**" + name] = st.dictionaries(st.sampled_from(_keyword_names()), st.one_of(TEXT, INTS), max_size=3)
            continue
        if p.kind == p.VAR_POSITIONAL:
            continue
        if name == "store":
            out[name] = st.just(store)
            continue
        strategy = _strategy(name, hints.get(name, p.annotation))
        if strategy is None:
            if p.default is p.empty:
                return None
            continue
        out[name] = strategy
    return out


def _driven(fn) -> bool:
    """Takes the store and something a person types or picks (text, a number, a form's data); writes no file."""
    params = inspect.signature(fn).parameters
    if "store" not in params or "path" in params or "s" in params:
        return False
    made = _arguments(fn, None)
    return made is not None and any(n not in ("store", "actor") for n in made)


DRIVEN = [(name, fn) for name, fn in ENTRY_POINTS if _driven(fn)]


def _counts(store) -> dict[str, int]:
    from shared.store.models import Base

    with store.read() as s:
        return {t.name: s.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables}


def test_every_public_service_function_is_guarded():
    unguarded = [name for name, fn in ENTRY_POINTS if not getattr(fn, "__guarded__", False)]
    assert not unguarded
    assert len(DRIVEN) > 100  # the enumeration really found the services


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def site(request, tmp_path_factory):
    """One seeded site per database for the whole module: a refused call changes nothing, so it is shared."""
    from shared.services.demo import seed_demo
    from shared.store.engine import open_store

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('boundary') / 'reception.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_server").create_database()
    store = open_store(url)
    seed_demo(store)
    yield store
    store.close()


@pytest.mark.parametrize("name,fn", DRIVEN, ids=[n for n, _ in DRIVEN])
def test_entry_point_refuses_cleanly(site, name, fn):
    strategies = _arguments(fn, site)
    if strategies is None:
        pytest.skip(f"{name} takes an argument no strategy makes")

    @settings(max_examples=8, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                     HealthCheck.data_too_large])
    @given(st.fixed_dictionaries(strategies))
    def run(kwargs):
        before = _counts(site)
        started = time.perf_counter()
        try:
            extra = kwargs.pop(next((k for k in kwargs if k.startswith("**")), ""), {})
            fn(**kwargs, **{k: v for k, v in extra.items() if k not in kwargs})
        except InvalidInput:
            after = _counts(site)
            recorded = RECORDED_REFUSALS.get(name, set())
            assert {t: n for t, n in after.items() if t not in recorded} == \
                {t: n for t, n in before.items() if t not in recorded}, f"{name} left rows behind after refusing"
        except DomainError:
            pass
        finally:
            elapsed = time.perf_counter() - started
        assert elapsed < 1.0, f"{name} took {elapsed:.2f} s"

    run()


@pytest.mark.parametrize("raw,code", [
    ("a" * 40_000, "too_long"), ("\u0301" * 100_000, "too_long"), ("a" + "\u0301" * 31, "invalid_chars"),
    ("张\x00三", "invalid_chars"), ("张\ud800三", "invalid_chars"), ("张\n三", "line_break"),
    ("张\u2028三", "line_break"), ("A\x1bB", "invalid_chars"),
])
def test_raw_text_is_refused_before_it_is_cleaned(raw, code):
    started = time.perf_counter()
    assert raw_problem(raw, 40) == code
    assert time.perf_counter() - started < 0.05


def test_clean_text_is_linear_on_combining_marks():
    started = time.perf_counter()
    clean_text("a" + "\u0301\u0316" * 50_000)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("bad", ["王\x00五", "王\x1b五", "a" * 5000, "王" + "\u0301" * 40])
def test_one_bad_cell_rejects_its_row_only(store, tmp_path, bad):
    from shared.services.directory.hosts import host_directory, import_hosts

    path = tmp_path / "hosts.csv"
    path.write_text(f"Name,Department\n张伟,IT\n{bad},Sales\n李娜,HR\n", encoding="utf-8")
    before = len(host_directory(store, STAFF))
    report = import_hosts(store, ADMIN, path).value
    assert report.accepted == 2
    assert [(r.line, set(r.problems.values())) for r in report.rejected] == [(3, {raw_problem(bad, 2000, multiline=True)})]
    assert len(host_directory(store, STAFF)) == before + 2


def test_gate_checks_what_was_typed_before_the_watchlist(store):
    from shared.services.security import gate, watchlist

    watchlist.add_entry(store, ADMIN, name="张三", reason="test")
    with pytest.raises(InvalidInput) as err:
        gate.register_at_gate(store, ADMIN, person_name="张三", company="A\nB")
    assert err.value.problems == {"company": "line_break"}
