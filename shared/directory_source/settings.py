"""The [ldap] table of station.toml: where the directory is, whom to read, and which attribute is which field."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ldap3.core.exceptions import LDAPInvalidDnError
from ldap3.utils.dn import parse_dn

FIELDS = ("name", "name_en", "email", "phone", "department", "assistant")
# Plain LDAP (OpenLDAP's inetOrgPerson) and Active Directory differ in these; the site's table overrides.
DEFAULTS = {
    "ldap": {"user_filter": "(objectClass=person)", "login_attribute": "uid", "id_attribute": "entryUUID",
             "membership": "member", "department": "departmentNumber"},
    # Disabled accounts (userAccountControl bit 2) count as people who left.
    "ad": {"user_filter": "(&(objectCategory=person)(objectClass=user)"
                          "(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",
           "login_attribute": "sAMAccountName", "id_attribute": "objectGUID", "membership": "memberOf",
           "department": "department"},
}
ATTRIBUTES = {"name": "cn", "name_en": "", "email": "mail", "phone": "mobile", "assistant": "secretary"}
MEMBERSHIPS = ("member", "memberOf")  # the group's member/uniqueMember values, or the people's memberOf
KEYS = ("kind", "url", "bind_dn", "password", "password_file", "base_dn", "group_dn", "membership", "user_filter",
        "login_attribute", "id_attribute", "attributes", "timeout_s", "start_tls", "ca_file", "page_size")


@dataclass(frozen=True)
class LdapSettings:
    url: str  # ldap://host[:port] or ldaps://host[:port]
    base_dn: str
    bind_dn: str = ""  # "" binds anonymously
    password: str = field(default="", repr=False)
    group_dn: str = ""  # "" everyone under base_dn that user_filter matches
    kind: str = "ldap"  # ldap / ad: AD's memberOf also counts nested groups
    membership: str = "member"
    user_filter: str = "(objectClass=person)"
    login_attribute: str = "uid"
    id_attribute: str = "entryUUID"
    # field -> LDAP attribute; "" leaves that field to the desk
    attributes: dict = field(default_factory=lambda: {**ATTRIBUTES, "department": "departmentNumber"})
    timeout_s: float = 10.0
    start_tls: bool = False
    ca_file: str = ""  # CA certificates for ldaps:// or StartTLS; "" the system's
    page_size: int = 500

    @property
    def scheme(self) -> str:
        return urlsplit(self.url).scheme.lower()

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def port(self) -> int:
        return urlsplit(self.url).port or (636 if self.scheme == "ldaps" else 389)


def settings_from_toml(table: dict) -> LdapSettings:
    """LdapSettings from station.toml's [ldap] table; ValueError naming the first bad key."""
    if not isinstance(table, dict):
        raise ValueError("[ldap] must be a table")
    if unknown := sorted(set(table) - set(KEYS)):
        raise ValueError(f"[ldap] {unknown[0]}: unknown key (known: {', '.join(KEYS)})")
    kind = _text(table, "kind", "ldap")
    if kind not in DEFAULTS:
        raise ValueError('[ldap] kind: must be "ldap" or "ad"')
    defaults = DEFAULTS[kind]
    url = _text(table, "url", "")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a bad port raises here
    except ValueError:
        raise ValueError(f"[ldap] url: {url!r} is not a URL") from None
    if parts.scheme.lower() not in ("ldap", "ldaps") or not parts.hostname or parts.path.strip("/") or parts.query:
        raise ValueError("[ldap] url: must be ldap://HOST[:PORT] or ldaps://HOST[:PORT]")
    membership = _text(table, "membership", defaults["membership"])
    if membership not in MEMBERSHIPS:
        raise ValueError('[ldap] membership: must be "member" (the group lists its members) or "memberOf"')
    user_filter = _text(table, "user_filter", defaults["user_filter"])
    if not _balanced(user_filter):
        raise ValueError("[ldap] user_filter: must be one LDAP filter in parentheses, e.g. (objectClass=person)")
    settings = LdapSettings(
        url=url, base_dn=_dn(table, "base_dn", required=True), bind_dn=_dn(table, "bind_dn"),
        password=_password(table), group_dn=_dn(table, "group_dn"), kind=kind, membership=membership,
        user_filter=user_filter, login_attribute=_attribute(table, "login_attribute", defaults["login_attribute"]),
        id_attribute=_attribute(table, "id_attribute", defaults["id_attribute"]),
        attributes=_attribute_map(table.get("attributes", {}), defaults["department"]),
        timeout_s=_number(table, "timeout_s", 10.0, 0.1, 600), start_tls=_flag(table, "start_tls"),
        ca_file=_text(table, "ca_file", ""), page_size=int(_number(table, "page_size", 500, 1, 10_000)))
    if settings.start_tls and settings.scheme == "ldaps":
        raise ValueError("[ldap] start_tls: not with ldaps:// (the connection is already encrypted)")
    if settings.ca_file and not Path(settings.ca_file).is_file():
        raise ValueError(f"[ldap] ca_file: no such file {settings.ca_file}")
    if settings.bind_dn and not settings.password:
        raise ValueError("[ldap] password: required with bind_dn (or give password_file)")
    return settings


def _text(table: dict, key: str, default: str) -> str:
    value = table.get(key, default)
    if not isinstance(value, str):
        raise ValueError(f"[ldap] {key}: must be text")
    return value.strip()


def _dn(table: dict, key: str, required: bool = False) -> str:
    value = _text(table, key, "")
    if not value:
        if required:
            raise ValueError(f"[ldap] {key}: required")
        return ""
    try:
        parse_dn(value, strip=True)
    except LDAPInvalidDnError:
        raise ValueError(f"[ldap] {key}: {value!r} is not a DN (e.g. ou=people,dc=example,dc=com)") from None
    return value


def _attribute(table: dict, key: str, default: str, label: str = "[ldap] ") -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or (value.strip() and not _attribute_name(value)):
        raise ValueError(f"{label}{key}: {value!r} is not an attribute name")
    return value.strip()


def _attribute_name(value: str) -> bool:
    value = value.strip()
    return bool(value) and value[0].isalpha() and all(c.isalnum() or c in "-;" for c in value)


def _attribute_map(table: object, department: str) -> dict[str, str]:
    if not isinstance(table, dict):
        raise ValueError("[ldap] attributes: must be a table, e.g. [ldap.attributes]")
    if unknown := sorted(set(table) - set(FIELDS)):
        raise ValueError(f"[ldap.attributes] {unknown[0]}: unknown field (known: {', '.join(FIELDS)})")
    out = {**ATTRIBUTES, "department": department}
    out.update({key: _attribute(table, key, "", label="[ldap.attributes] ") for key in table})
    if not out["name"]:
        raise ValueError("[ldap.attributes] name: required (every host has a name)")
    return {key: out[key] for key in FIELDS}


def _password(table: dict) -> str:
    if "password" in table and "password_file" in table:
        raise ValueError("[ldap] password_file: give password or password_file, not both")
    if "password_file" not in table:
        password = table.get("password", "")
        if not isinstance(password, str):
            raise ValueError("[ldap] password: must be text")
        return password  # as given: spaces may belong to it
    path = Path(_text(table, "password_file", ""))
    try:
        return path.read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as err:
        raise ValueError(f"[ldap] password_file: cannot read {path}: {getattr(err, 'strerror', None) or err}") from None


def _number(table: dict, key: str, default: float, low: float, high: float) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ValueError(f"[ldap] {key}: must be a number from {low:g} to {high:g}")
    return float(value)


def _flag(table: dict, key: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"[ldap] {key}: must be true or false")
    return value


def _balanced(text: str) -> bool:
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(" and (i == 0 or text[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and (i == 0 or text[i - 1] != "\\"):
            depth -= 1
            if depth == 0 and i != len(text) - 1:
                return False
        if depth < 0:
            return False
    return depth == 0 and text.startswith("(")
