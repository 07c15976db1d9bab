"""Hosts sign in with their company directory password (a real slapd): the person found and bound is the host the
directory sync made; a wrong password, an unknown login or a filter trick opens nothing and is audited."""
from __future__ import annotations

from dataclasses import replace

import pytest

from shared.directory_source.ldap import read_people
from shared.services.directory.sync import sync_directory
from shared.services.site.audit import audit_entries
from tests.integration.test_ldap_sync import ldap_site  # noqa: F401  (the fixture)
from tests.support.actors import STAFF
from tests.support.web import Browser, WebServer


@pytest.fixture
def site(store, ldap_site):  # noqa: F811
    sync_directory(store, STAFF, read_people(ldap_site.settings))
    server = WebServer(store, ldap=ldap_site.settings)
    server.app.state.site.cfg = replace(server.cfg, ldap_sign_in=True)
    with server:
        yield store, server


def sign_in(web, login, password):
    browser = Browser(web.base_url)
    form = browser.get("/signin")
    assert form.has("或使用公司账号登录")
    return browser, browser.post("/signin/directory", form_token=form.field("form_token"), login=login,
                                 password=password)


def test_the_directory_password_opens_the_hosts_page(site):
    store, web = site
    browser, reply = sign_in(web, "zhang", "zhang-pw")
    assert reply.status == 303 and browser.cookie("reception_session") is not None
    assert browser.get("/").has("张三")


@pytest.mark.parametrize("login, password", [("zhang", "wrong"), ("zhang", ""), ("nobody", "x"),
                                             ("*)(uid=*", "zhang-pw"), ("zhang*", "zhang-pw")])
def test_nothing_else_opens_it_and_each_try_is_audited(site, login, password):
    store, web = site
    browser, reply = sign_in(web, login, password)
    assert reply.status in (401, 400) and browser.cookie("reception_session") is None
    assert browser.get("/").status == 303
    if reply.status == 401:
        assert reply.has("账号或密码不正确")
        assert [e for e in audit_entries(store, STAFF) if e.action == "host_sign_in_failed"]
