"""People from an LDAP or Active Directory server (ldap3): the members of one group, for the host directory,
and a person's own password checked for the hosts' web sign-in. Only the server is talked to; what the
store makes of the people is the services' business (shared.services.directory.sync)."""
from __future__ import annotations

import math
import re
import ssl
import unicodedata
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import ldap3
from ldap3.core import exceptions as lx
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import parse_dn

from shared.domain.text import nfkc

from shared.directory_source.person import DirectoryPerson
from shared.directory_source.settings import FIELDS, LdapSettings, settings_from_toml

__all__ = ["DirectoryError", "DirectoryPerson", "FIELDS", "LdapSettings", "authenticate", "read_people",
           "settings_from_toml"]

TEXT_MAX = 500  # longer than any host column: the services still refuse what does not fit, per field
# AD's LDAP_MATCHING_RULE_IN_CHAIN: members of groups inside the group count too.
AD_IN_CHAIN = "1.2.840.113556.1.4.1941"
_UNIQUE_MEMBER_UID = re.compile(r"#'[01]*'B$")  # uniqueMember's optional "#'0101'B" suffix


class DirectoryError(Exception):
    """The directory could not be asked: unreachable, refused the service account, or a bad base/group."""


def read_people(settings: LdapSettings) -> list[DirectoryPerson]:
    """Every person of the group (or under base_dn with no group), by paged search, sorted by id."""
    with _service(settings) as conn:
        found = _search(conn, settings, _people_filter(settings), _attributes(settings))
        by_dn = {_norm_dn(e["dn"]): e for e in found}
        if settings.group_dn and settings.membership == "member":
            members = _group_members(conn, settings)
            found = [e for e in found if _norm_dn(e["dn"]) in members]
        people = [_person(conn, settings, e, by_dn) for e in found]
    return sorted(people, key=lambda p: p.directory_id)


def authenticate(settings: LdapSettings, login: str, password: str) -> DirectoryPerson | None:
    """The person whose login and password these are, or None (unknown login, wrong password, not in
    the group). An empty password is None before the server is asked: LDAP takes a bind with a DN and
    no password as an anonymous bind, which "succeeds"."""
    if not login or not password or not isinstance(login, str) or not isinstance(password, str):
        return None
    wanted = f"({settings.login_attribute}={escape_filter_chars(login)})"
    with _service(settings) as conn:
        found = _search(conn, settings, f"(&{_people_filter(settings)}{wanted})", _attributes(settings))
        if len(found) != 1:  # nobody, or a login shared by two entries: nobody to sign in as
            return None
        entry = found[0]
        if settings.group_dn and settings.membership == "member" and not _is_member(conn, settings, entry["dn"]):
            return None
        person = _person(conn, settings, entry, {})
    try:
        with _connection(settings, entry["dn"], password, service=False):
            return person
    except lx.LDAPInvalidCredentialsResult:
        return None


@contextmanager
def _service(settings: LdapSettings) -> Iterator[ldap3.Connection]:
    """A connection bound as the service account (anonymous when bind_dn is empty)."""
    with _connection(settings, settings.bind_dn or None, settings.password or None, service=True) as conn:
        yield conn


@contextmanager
def _connection(settings: LdapSettings, user: str | None, password: str | None,
                service: bool) -> Iterator[ldap3.Connection]:
    tls = None
    if settings.scheme == "ldaps" or settings.start_tls:
        tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=settings.ca_file or None)
    server = ldap3.Server(settings.host, port=settings.port, use_ssl=settings.scheme == "ldaps", tls=tls,
                          get_info=ldap3.NONE, connect_timeout=_seconds(settings))
    conn = ldap3.Connection(server, user=user, password=password, auto_bind=ldap3.AUTO_BIND_NONE,
                            receive_timeout=_seconds(settings), raise_exceptions=True, read_only=True,
                            auto_referrals=False)
    who = f"as {user}" if user else "anonymously"
    try:
        try:
            conn.open()
            if settings.start_tls:
                conn.start_tls()
        except (lx.LDAPException, OSError) as err:
            raise DirectoryError(f"cannot reach the directory at {settings.url}: {_reason(err)}") from None
        try:
            conn.bind()
        except lx.LDAPInvalidCredentialsResult:
            if service:
                raise DirectoryError(f"the directory at {settings.url} refused to bind {who}: "
                                     "wrong bind_dn or password") from None
            raise  # a person's own wrong password: authenticate's None
        except lx.LDAPException as err:
            raise DirectoryError(f"the directory at {settings.url} refused to bind {who}: {_reason(err)}") from None
        yield conn
    except lx.LDAPInvalidCredentialsResult:
        raise
    except (lx.LDAPException, OSError) as err:
        raise DirectoryError(f"the directory at {settings.url} failed: {_reason(err)}") from None
    finally:
        try:
            conn.unbind()
        except Exception:  # closing a connection that never opened; nothing left to release
            pass


def _seconds(settings: LdapSettings) -> int:
    return max(1, math.ceil(settings.timeout_s))  # ldap3 packs them into a socket option: whole seconds


def _reason(err: Exception) -> str:
    text = " ".join(str(err).split())
    return text or type(err).__name__


def _people_filter(settings: LdapSettings) -> str:
    if not settings.group_dn or settings.membership != "memberOf":
        return settings.user_filter
    rule = f"memberOf:{AD_IN_CHAIN}:" if settings.kind == "ad" else "memberOf"
    return f"(&{settings.user_filter}({rule}={escape_filter_chars(settings.group_dn)}))"


def _attributes(settings: LdapSettings) -> list[str]:
    names = {settings.id_attribute, settings.login_attribute, *settings.attributes.values()}
    return sorted(n for n in names if n)


def _search(conn: ldap3.Connection, settings: LdapSettings, query: str, attributes: list[str]) -> list[dict]:
    """Entries (referrals dropped), a page at a time: a server's size limit does not cut the list."""
    try:
        answer = conn.extend.standard.paged_search(
            search_base=settings.base_dn, search_filter=query, search_scope=ldap3.SUBTREE,
            attributes=attributes, paged_size=settings.page_size, generator=False)
    except lx.LDAPNoSuchObjectResult:
        raise DirectoryError(f"base_dn {settings.base_dn} does not exist in the directory") from None
    return [e for e in answer or [] if e.get("type") == "searchResEntry"]


def _read_entry(conn: ldap3.Connection, dn: str, attributes: list[str]) -> dict | None:
    try:
        conn.search(dn, "(objectClass=*)", search_scope=ldap3.BASE, attributes=attributes)
    except (lx.LDAPNoSuchObjectResult, lx.LDAPInvalidDnError, lx.LDAPInsufficientAccessRightsResult):
        return None
    return next((e for e in conn.response or [] if e.get("type") == "searchResEntry"), None)


def _group_members(conn: ldap3.Connection, settings: LdapSettings) -> set[str]:
    """The group's member / uniqueMember DNs, normalised (groupOfNames or groupOfUniqueNames)."""
    group = _read_entry(conn, settings.group_dn, ["member", "uniqueMember"])
    if group is None:
        raise DirectoryError(f"group_dn {settings.group_dn} does not exist in the directory")
    values = [*_values(group, "member"), *_values(group, "uniqueMember")]
    return {_norm_dn(_UNIQUE_MEMBER_UID.sub("", str(v))) for v in values}


def _is_member(conn: ldap3.Connection, settings: LdapSettings, dn: str) -> bool:
    wanted = escape_filter_chars(dn)
    try:
        conn.search(settings.group_dn, f"(|(member={wanted})(uniqueMember={wanted}))", search_scope=ldap3.BASE,
                    attributes=[])
    except lx.LDAPNoSuchObjectResult:
        raise DirectoryError(f"group_dn {settings.group_dn} does not exist in the directory") from None
    return any(e.get("type") == "searchResEntry" for e in conn.response or [])


def _person(conn: ldap3.Connection, settings: LdapSettings, entry: dict, by_dn: dict[str, dict]) -> DirectoryPerson:
    attrs = settings.attributes

    def mapped(name: str) -> str | None:
        return _first(entry, attrs[name]) if attrs.get(name) else None

    assistant = assistant_phone = None
    if attrs.get("assistant"):
        assistant, assistant_phone = _assistant(conn, settings, _first(entry, attrs["assistant"]), by_dn)
    return DirectoryPerson(
        directory_id=_identifier(entry, settings.id_attribute), login=_first(entry, settings.login_attribute),
        name=_first(entry, attrs["name"]), name_en=mapped("name_en"), email=mapped("email"),
        phone=mapped("phone"), department=mapped("department"), assistant=assistant,
        assistant_phone=assistant_phone)


def _assistant(conn: ldap3.Connection, settings: LdapSettings, value: str,
               by_dn: dict[str, dict]) -> tuple[str, str | None]:
    """(name, mobile) of the person a DN names; a value that is no DN is taken as the name itself."""
    if not value:
        return "", ""
    try:
        rdns = parse_dn(value, strip=True)
    except lx.LDAPInvalidDnError:
        return value, ""
    key = _norm_dn(value)
    if key not in by_dn:  # outside the group (or the filter): read on its own, once per run
        by_dn[key] = _read_entry(conn, value, _attributes(settings)) or {}
    entry = by_dn[key]
    phone_attr = settings.attributes.get("phone")
    if not entry:  # gone, or not readable: at least the name its DN carries
        return _clean(_unescape(rdns[0][1])), ""
    return _first(entry, settings.attributes["name"]), (_first(entry, phone_attr) if phone_attr else None)


def _values(entry: dict, attribute: str) -> list:
    value = (entry.get("attributes") or {}).get(attribute)
    if value is None or value == []:
        value = (entry.get("raw_attributes") or {}).get(attribute)
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _first(entry: dict, attribute: str) -> str:
    """The attribute's first non-empty value as one line of text ("" if the entry has none)."""
    for value in _values(entry, attribute):
        if isinstance(value, bytes):
            value = value.decode("utf-8", errors="replace")
        if text := _clean(str(value)):
            return text
    return ""


def _identifier(entry: dict, attribute: str) -> str:
    """A stable id as text: AD's objectGUID (16 bytes, little-endian) as a UUID, other binary as hex."""
    raw = (entry.get("raw_attributes") or {}).get(attribute) or [b""]
    raw = raw[0] if isinstance(raw, (list, tuple)) else raw
    if attribute.casefold() == "objectguid" and isinstance(raw, bytes) and len(raw) == 16:
        return str(uuid.UUID(bytes_le=raw))
    value = next(iter(_values(entry, attribute)), "")
    if isinstance(value, bytes):
        try:
            value = value.decode("ascii")
        except UnicodeDecodeError:
            return value.hex()
    return _clean(str(value))


def _clean(text: str) -> str:
    """One line: control characters dropped, every kind of space or line break one space, bounded."""
    kept = "".join(ch for ch in text[:4 * TEXT_MAX] if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cs"))
    return " ".join(nfkc(kept).split())[:TEXT_MAX]


def _unescape(value: str) -> str:
    """A DN value's escapes (\\, or \\E7\\8E\\8B for UTF-8 bytes) undone."""
    out, i = bytearray(), 0
    while i < len(value):
        if value[i] == "\\" and re.fullmatch(r"[0-9A-Fa-f]{2}", value[i + 1:i + 3]):
            out.append(int(value[i + 1:i + 3], 16))
            i += 3
        elif value[i] == "\\" and i + 1 < len(value):
            out += value[i + 1].encode()
            i += 2
        else:
            out += value[i].encode()
            i += 1
    return out.decode("utf-8", errors="replace")


def _norm_dn(dn: str) -> str:
    """DNs compared case-insensitively and without the spaces around separators."""
    try:
        return ",".join(f"{a.casefold()}={_unescape(v).casefold()}" for a, v, _sep in parse_dn(dn, strip=True))
    except lx.LDAPInvalidDnError:
        return dn.casefold()
