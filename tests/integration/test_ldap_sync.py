"""`reception directory sync` against a real OpenLDAP server (tests/support/slapd.py): people of a group become
hosts, people who leave are deactivated with their history kept, a hand-made host is adopted by e-mail, an
empty directory is refused; and a person's own password is checked for the hosts' web sign-in."""
from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import ldap3
import pytest
import tomli_w
from sqlalchemy import func, select

from shared.directory_source.ldap import DirectoryError, LdapSettings, authenticate, read_people, settings_from_toml
from shared.domain.errors import InvalidInput
from shared.domain.model import Actor, WalkIn
from shared.services.directory.hosts import create_host, host_directory, search_hosts
from shared.services.directory.sync import sync_directory
from shared.services.site.audit import audit_entries
from shared.store import models as db
from tests.support.actors import STAFF
from tests.support.servers import free_port
from tests.support.slapd import PEOPLE, SERVICE_DN, SERVICE_PW, SUFFIX, Slapd, require_slapd

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


@dataclasses.dataclass
class Site:
    server: Slapd
    settings: LdapSettings
    group: str
    dn: dict[str, str]  # uid -> DN

    def table(self, **extra) -> dict:
        return {"url": self.server.url, "base_dn": SUFFIX, "bind_dn": SERVICE_DN, "password": SERVICE_PW,
                "group_dn": self.group, "attributes": {"name_en": "displayName"}, **extra}

    def sync(self, store, **kwargs):
        return sync_directory(store, STAFF, read_people(self.settings), **kwargs).value

    def set_members(self, *uids: str) -> None:
        self.server.modify(self.group, member=[self.dn[u] for u in uids] or [f"cn=nobody,{SUFFIX}"])


@pytest.fixture
def ldap_site():
    """slapd with 张三 (an assistant, 王秘书, outside the group), 李四 and 赵五 (a mobile that is no number)."""
    require_slapd()
    server = Slapd().start()
    try:
        dn = {"wang": server.add_person("wang", "王秘书", mobile="13900001111")}
        dn["zhang"] = server.add_person("zhang", "张三", password="zhang-pw", displayName="Zhang San",
                                        mail="zhang@example.com", mobile="+86 138 0013 8000",
                                        departmentNumber="研发部", secretary=dn["wang"])
        dn["li"] = server.add_person("li", "李四", displayName="Li Si", mail="Li.Si@Example.com",
                                     mobile="13700001234", departmentNumber="销售部")
        dn["zhao"] = server.add_person("zhao", "赵五", mail="zhao@example.com", mobile="12345")
        group = server.add_group("reception-hosts", [dn["zhang"], dn["li"], dn["zhao"]])
        site = Site(server, LdapSettings(url=server.url, base_dn=SUFFIX), group, dn)
        site.settings = settings_from_toml(site.table())
        yield site
    finally:
        server.stop()


def _hosts(store) -> dict[str, db.Host]:
    with store.read() as s:
        rows = s.scalars(select(db.Host)).all()
        s.expunge_all()
    return {r.name: r for r in rows}


def _count(store, table) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(table))


def test_sync_adds_the_group_with_every_mapped_field(store, ldap_site):
    report = ldap_site.sync(store)
    assert sorted(report.added) == ["张三 (zhang)", "李四 (li)", "赵五 (zhao)"]
    assert not (report.updated or report.deactivated or report.reactivated or report.adopted)
    hosts = _hosts(store)
    assert set(hosts) == {"张三", "李四", "赵五"}  # the assistant is no member: not a host
    zhang = hosts["张三"]
    assert (zhang.name_en, zhang.email, zhang.phone, zhang.department) == (
        "Zhang San", "zhang@example.com", "+8613800138000", "研发部")
    assert (zhang.assistant, zhang.assistant_phone) == ("王秘书", "+8613900001111")  # from the secretary's DN
    assert zhang.active and zhang.pinyin == "zhang san" and len(zhang.directory_id) == 36
    # A bad mobile is left empty and said; the person is still a host.
    assert hosts["赵五"].phone == "" and hosts["赵五"].active
    assert report.problems == ("赵五 (zhao): phone invalid ('12345'); left empty",)
    assert [h.name for h in search_hosts(store, "zhangsan")] == ["张三"]  # searchable as the desk's own edits
    [entry] = audit_entries(store, STAFF, action="directory_sync")
    assert entry.detail == {"added": 3, "adopted": 0, "updated": 0, "deactivated": 0, "reactivated": 0,
                            "problems": 1}
    again = ldap_site.sync(store)  # nothing new: nothing changes
    assert not again.changed and again.lines()[0].startswith("directory sync: 0 added")


def test_a_dry_run_lists_what_would_change_and_writes_nothing(store, ldap_site):
    ldap_site.sync(store)
    ldap_site.server.modify(ldap_site.dn["li"], departmentNumber="市场部")
    ldap_site.set_members("zhang", "li")
    before = (_count(store, db.Host), _count(store, db.ChangeLog), _count(store, db.AuditEntry), _hosts(store))
    report = ldap_site.sync(store, dry_run=True)
    assert (_count(store, db.Host), _count(store, db.ChangeLog), _count(store, db.AuditEntry)) == before[:3]
    assert {n: (h.department, h.active) for n, h in _hosts(store).items()} == {
        n: (h.department, h.active) for n, h in before[3].items()}
    assert report.lines() == [
        "directory sync (dry run, nothing written): would be 0 added, 0 adopted, 1 updated, 1 deactivated, "
        "0 reactivated, 0 problem(s)",
        "updated 李四 (li): department",
        "deactivated 赵五 <zhao@example.com>",
    ]


def test_a_changed_attribute_updates_the_host_and_a_new_name_its_pinyin(store, ldap_site):
    ldap_site.sync(store)
    ldap_site.server.modify(ldap_site.dn["zhang"], cn="张三丰", mobile="13800138001", departmentNumber="总经办")
    report = ldap_site.sync(store)
    assert report.updated == (("张三丰 (zhang)", ("name", "phone", "department")),)
    zhang = _hosts(store)["张三丰"]
    assert (zhang.phone, zhang.department, zhang.pinyin) == ("+8613800138001", "总经办", "zhang san feng")
    assert len(_hosts(store)) == 3  # the same host, renamed


def test_a_field_the_site_does_not_map_is_left_to_the_desk(store, ldap_site):
    settings = settings_from_toml(ldap_site.table(attributes={"assistant": ""}))  # name_en, assistant unmapped
    sync_directory(store, STAFF, read_people(settings))
    li = _hosts(store)["李四"]
    with store.write() as s:
        row = s.get(db.Host, li.id)
        row.name_en, row.assistant = "Lisa", "前台"
    report = sync_directory(store, STAFF, read_people(settings)).value
    assert not report.updated
    assert (_hosts(store)["李四"].name_en, _hosts(store)["李四"].assistant) == ("Lisa", "前台")


def test_who_leaves_the_group_is_deactivated_with_their_history_and_comes_back(store, ldap_site):
    from shared.services.checkin.walk_in import check_in_walk_in
    from shared.services.desk.queries import visits_by_ids

    ldap_site.sync(store)
    by_hand = create_host(store, STAFF, name="钱七", email="qian@example.com").value  # no directory id
    zhang = _hosts(store)["张三"]
    visit = check_in_walk_in(store, Actor("kiosk-1"), WalkIn("欧阳娜娜", "13800138000", "华为", zhang.id)).value
    ldap_site.set_members("li", "zhao")
    report = ldap_site.sync(store)
    assert report.deactivated == ("张三 <zhang@example.com>",) and not report.added
    hosts = _hosts(store)
    assert not hosts["张三"].active and hosts["张三"].id == zhang.id  # still there, inactive
    assert hosts["钱七"].active and hosts["钱七"].id == by_hand.id  # made by hand: left alone
    assert [h.name for h in search_hosts(store, "张三")] == []  # no longer offered at the kiosk
    [kept] = visits_by_ids(store, [visit.id], actor=STAFF)
    assert kept.host_name == "张三"  # the visit still names its host
    ldap_site.set_members("zhang", "li", "zhao")
    report = ldap_site.sync(store)
    assert report.reactivated == ("张三 (zhang)",) and not report.added and not report.updated
    assert _hosts(store)["张三"].active and _hosts(store)["张三"].id == zhang.id


def test_a_host_made_by_hand_with_the_same_email_is_adopted_not_doubled(store, ldap_site):
    li = create_host(store, STAFF, name="李四", email="li.si@example.com", department="Sales").value
    report = ldap_site.sync(store)
    assert report.adopted == ("李四 (li)",) and report.updated == (("李四 (li)", ("name_en", "email", "phone",
                                                                              "department")),)
    assert sorted(report.added) == ["张三 (zhang)", "赵五 (zhao)"]
    hosts = _hosts(store)
    assert len(hosts) == 3 and hosts["李四"].id == li.id and hosts["李四"].directory_id
    assert (hosts["李四"].department, hosts["李四"].email) == ("销售部", "Li.Si@Example.com")
    assert not ldap_site.sync(store).changed  # adopted once: matched by its id from now on


def test_what_the_directory_gives_wrong_is_cleaned_or_left_empty_and_said(store, ldap_site):
    ldap_site.server.modify(ldap_site.dn["li"], departmentNumber="销售\n二部\x00", mail="not-an-email")
    ldap_site.server.modify(ldap_site.dn["zhao"], cn="赵" * 41)  # longer than any name
    report = ldap_site.sync(store)
    li = _hosts(store)["李四"]
    assert (li.department, li.email) == ("销售 二部", "")  # one line; the bad e-mail left empty
    assert "李四 (li): email invalid ('not-an-email'); left empty" in report.problems
    assert f"{'赵' * 41} (zhao): name too_long; not added or updated" in report.problems
    assert sorted(report.added) == ["张三 (zhang)", "李四 (li)"]


def test_people_handed_in_directly_are_checked_at_the_services_edge(store):
    from shared.directory_source.person import DirectoryPerson

    with pytest.raises(InvalidInput):
        sync_directory(store, STAFF, [DirectoryPerson("id-1", "zhang", "张\x00三")])
    report = sync_directory(store, STAFF, [DirectoryPerson("", "anon", "无名"), DirectoryPerson("id-2", "x", "甲"),
                                           DirectoryPerson("id-2", "y", "乙")]).value
    assert report.added == ("甲 (x)",)
    assert report.problems == ("无名 (anon): no usable directory id (0 characters); skipped",
                               "乙 (y): the directory gives id id-2 twice; the second skipped")
    assert [h.name for h in host_directory(store, STAFF)] == ["甲"]


def test_a_directory_giving_nobody_is_refused_and_changes_nothing(store, ldap_site):
    ldap_site.sync(store)
    ldap_site.set_members()
    people = read_people(ldap_site.settings)
    assert people == []
    with pytest.raises(InvalidInput) as err:
        sync_directory(store, STAFF, people)
    assert err.value.problems == {"people": "empty"}
    assert all(h.active for h in _hosts(store).values())
    report = sync_directory(store, STAFF, people, allow_empty=True).value  # the site said so
    assert len(report.deactivated) == 3 and not any(h.active for h in host_directory(store, STAFF))


def test_the_three_ways_of_naming_a_group_read_the_same_people(ldap_site):
    server = ldap_site.server
    members = [ldap_site.dn[u] for u in ("zhang", "li", "zhao")]
    unique = server.add_group("unique-hosts", members, unique=True)
    wanted = [p.login for p in read_people(ldap_site.settings)]
    assert sorted(wanted) == ["li", "zhang", "zhao"]
    for table in (ldap_site.table(group_dn=unique), ldap_site.table(membership="memberOf")):
        assert [p.login for p in read_people(settings_from_toml(table))] == wanted
    everyone = read_people(settings_from_toml(ldap_site.table(group_dn="", user_filter="(objectClass=inetOrgPerson)")))
    assert sorted(p.login for p in everyone) == ["li", "wang", "zhang", "zhao"]  # no group: everyone the filter finds


def test_reading_pages_past_the_servers_size_limit(ldap_site):
    server = ldap_site.server
    extra = [server.add_person(f"p{i:02}", f"员工{i:02}") for i in range(30)]
    ldap_site.server.modify(ldap_site.group, member=[ldap_site.dn["zhang"], *extra])
    conn = ldap3.Connection(ldap3.Server("127.0.0.1", port=server.port), SERVICE_DN, SERVICE_PW, auto_bind=True)
    conn.search(PEOPLE, "(objectClass=person)")
    assert conn.result["description"] == "sizeLimitExceeded"  # a plain search is cut at 20
    conn.unbind()
    assert len(read_people(dataclasses.replace(ldap_site.settings, page_size=7))) == 31


def test_unreachable_or_refusing_directories_are_directory_errors(ldap_site):
    with pytest.raises(DirectoryError, match="refused to bind .*wrong bind_dn or password"):
        read_people(dataclasses.replace(ldap_site.settings, password="wrong"))
    with pytest.raises(DirectoryError, match="group_dn .* does not exist"):
        read_people(dataclasses.replace(ldap_site.settings, group_dn=f"cn=nope,{SUFFIX}"))
    with pytest.raises(DirectoryError, match="cannot reach the directory"):
        read_people(dataclasses.replace(ldap_site.settings, url=f"ldap://127.0.0.1:{free_port()}"))


def test_ldaps_and_start_tls_check_the_servers_certificate():
    require_slapd()
    with Slapd(tls=True) as server:
        server.add_person("zhang", "张三", password="zhang-pw")
        base = {"base_dn": SUFFIX, "bind_dn": SERVICE_DN, "password": SERVICE_PW}
        for table in ({"url": server.ldaps_url, "ca_file": server.ca_file},
                      {"url": server.url, "start_tls": True, "ca_file": server.ca_file}):
            settings = settings_from_toml({**base, **table})
            assert [p.login for p in read_people(settings) if p.login] == ["zhang"]
            assert authenticate(settings, "zhang", "zhang-pw") is not None
            with pytest.raises(DirectoryError, match="certificate|CERTIFICATE|verify"):  # not the site's CA
                read_people(dataclasses.replace(settings, ca_file=""))


def test_authenticate_checks_the_persons_own_password(ldap_site):
    settings = ldap_site.settings
    person = authenticate(settings, "zhang", "zhang-pw")
    assert person is not None and (person.login, person.name, person.email) == ("zhang", "张三", "zhang@example.com")
    assert authenticate(settings, "ZHANG", "zhang-pw") == person  # uid matches ignoring case, as LDAP does
    assert authenticate(settings, "zhang", "wrong") is None
    assert authenticate(settings, "zhang", "") is None  # never an anonymous bind counted as a sign-in
    assert authenticate(settings, "nobody", "zhang-pw") is None
    for sneaky in ("*", "*)(uid=*", "zhang)(|(uid=*", "z*", "\\2a"):
        assert authenticate(settings, sneaky, "zhang-pw") is None, sneaky
    ldap_site.set_members("li")
    assert authenticate(settings, "zhang", "zhang-pw") is None  # left the group: no sign-in
    with pytest.raises(DirectoryError):
        authenticate(dataclasses.replace(settings, url=f"ldap://127.0.0.1:{free_port()}"), "zhang", "zhang-pw")


@pytest.mark.parametrize("table, said", [
    ({"base_dn": SUFFIX}, "[ldap] url: must be ldap://HOST[:PORT] or ldaps://HOST[:PORT]"),
    ({"url": "ldap://dc1", "base_dn": "example.com"}, "[ldap] base_dn: 'example.com' is not a DN"),
    ({"url": "ldap://dc1", "base_dn": SUFFIX, "grup_dn": "cn=x"}, "[ldap] grup_dn: unknown key"),
    ({"url": "ldap://dc1", "base_dn": SUFFIX, "attributes": {"mobile": "x"}}, "[ldap.attributes] mobile: unknown"),
    ({"url": "ldap://dc1", "base_dn": SUFFIX, "bind_dn": SERVICE_DN}, "[ldap] password: required"),
    ({"url": "ldaps://dc1", "base_dn": SUFFIX, "start_tls": True}, "[ldap] start_tls: not with ldaps://"),
    ({"url": "ldap://dc1", "base_dn": SUFFIX, "timeout_s": "10"}, "[ldap] timeout_s: must be a number"),
    ({"url": "ldap://dc1", "base_dn": SUFFIX, "membership": "members"}, "[ldap] membership: must be"),
])
def test_a_bad_ldap_table_names_its_key(table, said):
    with pytest.raises(ValueError) as err:
        settings_from_toml(table)
    assert str(err.value).startswith(said)


def test_active_directory_defaults():
    ad = settings_from_toml({"kind": "ad", "url": "ldaps://dc1.example.com", "base_dn": "DC=example,DC=com",
                             "group_dn": "CN=Hosts,OU=Groups,DC=example,DC=com"})
    assert (ad.login_attribute, ad.id_attribute, ad.membership, ad.port) == (
        "sAMAccountName", "objectGUID", "memberOf", 636)
    assert ad.attributes["department"] == "department" and "userAccountControl" in ad.user_filter


def _station(tmp_path: Path, ldap_site, **ldap_keys) -> Path:
    secret = tmp_path / "ldap.secret"
    secret.write_text(SERVICE_PW + "\n", encoding="utf-8")
    keys = {"url": ldap_site.server.url, "base_dn": SUFFIX, "bind_dn": SERVICE_DN, "password_file": str(secret),
            "group_dn": ldap_site.group, **ldap_keys}
    config = tmp_path / "station.toml"
    config.write_text(tomli_w.dumps({"station": "desk-1", "database_url": f"sqlite:///{tmp_path / 'site.sqlite'}",
                                     "ldap": keys}), encoding="utf-8")
    return config


def test_the_command_end_to_end_in_a_dry_run(tmp_path, ldap_site):
    config = _station(tmp_path, ldap_site)
    done = subprocess.run([sys.executable, "-m", "reception", "directory", "sync", "--dry-run", "--config", str(config)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("directory sync (dry run, nothing written): would be 3 added")
    assert "added 张三 (zhang)" in lines
    from shared.store.engine import open_store

    store = open_store(f"sqlite:///{tmp_path / 'site.sqlite'}")
    try:
        assert host_directory(store, STAFF) == []
    finally:
        store.close()


@pytest.mark.parametrize("case, code, said", [
    ("unreachable", 3, "cannot reach the directory at ldap://127.0.0.1:"),
    ("wrong password", 3, "refused to bind as cn=reception"),
    ("bad key", 2, "[ldap] pasword: unknown key"),
    ("nobody", 1, "the directory gave nobody"),
])
def test_the_command_says_one_line_and_exits_with_its_code(tmp_path, ldap_site, capsys, case, code, said):
    from reception.cli import main

    extra = {"unreachable": {"url": f"ldap://127.0.0.1:{free_port()}"}, "bad key": {"pasword": "x"},
             "wrong password": {}, "nobody": {}}[case]
    config = _station(tmp_path, ldap_site, **extra)
    if case == "wrong password":
        (tmp_path / "ldap.secret").write_text("not it\n", encoding="utf-8")
    if case == "nobody":
        ldap_site.set_members()
    assert main(["directory", "sync", "--config", str(config)]) == code
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and said in err and "Traceback" not in err
    assert err.startswith("reception directory sync: ")


def test_the_daily_timer_runs_the_sync_as_the_kiosk_user():
    from tests.unit.test_packaging_linux import ini, values

    service, timer = ini(LINUX / "reception-directory-sync.service"), ini(LINUX / "reception-directory-sync.timer")
    assert (service["Service"]["User"], service["Service"]["Type"]) == ("kiosk", "oneshot")
    assert service["Service"]["ExecStart"] == """/bin/sh -c 'exec "$RECEPTION_BIN" directory sync'"""
    assert "RECEPTION_CONFIG=/etc/reception/station.toml" in values(service, "Service", "Environment")
    t = timer["Timer"]
    assert (t["Unit"], t["Persistent"], t["RandomizedDelaySec"]) == ("reception-directory-sync.service", "true",
                                                                       "30min")
    assert timer["Install"]["WantedBy"] == "timers.target"
    if shutil.which("systemd-analyze"):
        done = subprocess.run(["systemd-analyze", "verify", str(LINUX / "reception-directory-sync.service"),
                               str(LINUX / "reception-directory-sync.timer")], capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 0 and not (done.stdout + done.stderr).strip(), done.stdout + done.stderr
