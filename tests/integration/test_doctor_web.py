"""`reception doctor` on the station serving the hosts' page: a wrong [web] table, a page not answering, and
notifications that would link elsewhere are each named."""
from __future__ import annotations

from shared import config as station_config
from shared.services.hosts.links import announce_web
from reception.doctor_cmd import FAIL, OK, WARN, run_checks
from tests.support.servers import free_port
from tests.support.web import WebServer
from web.config import WebConfig


def write(tmp_path, url, web: str):
    path = tmp_path / "station.toml"
    path.write_text(f'role = "web"\nstation = "web-1"\ndatabase_url = "{url}"\n{web}', encoding="utf-8")
    return path


def web_checks(path):
    return {c.check: c for c in run_checks(station_config.load(path), path) if c.check.startswith("hosts'")}


def test_the_doctor_checks_the_hosts_page_and_its_links(sqlite_url, tmp_path):
    port = free_port()
    path = write(tmp_path, sqlite_url, f'[web]\naddress = "127.0.0.1"\nport = {port}\n'
                                       f'public_url = "http://127.0.0.1:{port}"\n')
    from shared.store.engine import open_store
    store = open_store(sqlite_url)
    try:
        down = web_checks(path)
        assert down["hosts' page"].level == FAIL and "reception-web.service" in down["hosts' page"].reason
        assert down["hosts' links"].level == WARN
        cfg = WebConfig(address="127.0.0.1", port=port, public_url=f"http://127.0.0.1:{port}")
        with WebServer(store, cfg=cfg):
            up = web_checks(path)
        assert up["hosts' page"].level == OK and str(port) in up["hosts' page"].reason
        announce_web(store, "http://elsewhere.example.com")
        assert "elsewhere.example.com" in web_checks(path)["hosts' links"].reason
        announce_web(store, cfg.base_url)
        assert web_checks(path)["hosts' links"].level == OK
    finally:
        store.close()


def test_a_wrong_web_table_is_one_failing_line(sqlite_url, tmp_path):
    path = write(tmp_path, sqlite_url, '[web]\nport = 70000\ntls_cert = "/nowhere.crt"\n')
    [line] = web_checks(path).values()
    assert line.level == FAIL and "port 70000" in line.reason and "tls_key" in line.reason
