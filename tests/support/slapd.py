"""A real OpenLDAP server (slapd) on loopback for tests: its own port, config and database in a temporary
folder, so a system slapd the Debian package may have started does not matter.

The tree: dc=example,dc=com with ou=people (inetOrgPerson), ou=groups, and a service account
cn=reception,ou=service that may read everything but passwords; people may bind with their own."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.support.servers import free_port

SLAPD = Path("/usr/sbin/slapd")
SCHEMA = Path("/etc/ldap/schema")
MODULES = Path("/usr/lib/ldap")
SUFFIX = "dc=example,dc=com"
ROOT_DN, ROOT_PW = f"cn=admin,{SUFFIX}", "root-secret"
SERVICE_DN, SERVICE_PW = f"cn=reception,ou=service,{SUFFIX}", "service-secret"
PEOPLE, GROUPS = f"ou=people,{SUFFIX}", f"ou=groups,{SUFFIX}"

CONFIG = """\
include {schema}/core.schema
include {schema}/cosine.schema
include {schema}/nis.schema
include {schema}/inetorgperson.schema
modulepath {modules}
moduleload back_mdb
moduleload memberof
pidfile {folder}/slapd.pid
argsfile {folder}/slapd.args

database mdb
suffix "{suffix}"
rootdn "{root_dn}"
rootpw {root_pw}
directory {folder}/data
maxsize 33554432
# A plain search stops at 20 entries, a paged one does not: reading the directory must page.
limits * size.soft=20 size.hard=20 size.prtotal=unlimited
access to attrs=userPassword by self write by anonymous auth by * none
access to * by dn.exact="{service_dn}" read by self read by * none
overlay memberof
"""
TLS_CONFIG = """\
TLSCACertificateFile {folder}/ca.pem
TLSCertificateFile {folder}/server.pem
TLSCertificateKeyFile {folder}/server.key
"""


def require_slapd() -> None:
    """Skip without slapd, except in CI (or RECEPTION_REQUIRE_SLAPD), where the tests must really run."""
    if SLAPD.exists():
        return
    message = f"OpenLDAP's slapd not found at {SLAPD} (Debian: apt install slapd ldap-utils)"
    if os.environ.get("CI") or os.environ.get("RECEPTION_REQUIRE_SLAPD"):
        pytest.fail(message)
    pytest.skip(message)


class Slapd:
    def __init__(self, tls: bool = False) -> None:
        """tls: also ldaps:// (ldaps_url) and StartTLS, with a certificate for 127.0.0.1 from a throwaway CA
        (ca_file); needs the openssl program."""
        self.folder = Path(tempfile.mkdtemp(prefix="reception-slapd-"))
        self.port = free_port()
        self.url = f"ldap://127.0.0.1:{self.port}"
        self.tls = tls
        self.ldaps_url = f"ldaps://127.0.0.1:{free_port()}" if tls else ""
        self.ca_file = str(self.folder / "ca.pem") if tls else ""
        self.process: subprocess.Popen | None = None

    def start(self) -> Slapd:
        (self.folder / "data").mkdir()
        conf = self.folder / "slapd.conf"
        text = CONFIG.format(schema=SCHEMA, modules=MODULES, folder=self.folder, suffix=SUFFIX, root_dn=ROOT_DN,
                             root_pw=ROOT_PW, service_dn=SERVICE_DN)
        if self.tls:
            self._certificates()
            head, _, tail = text.partition("database mdb")  # TLS settings are global: before the database
            text = head + TLS_CONFIG.format(folder=self.folder) + "\ndatabase mdb" + tail
        conf.write_text(text, encoding="utf-8")
        urls = " ".join(u + "/" for u in (self.url, self.ldaps_url) if u)
        log = self.folder / "slapd.log"
        with log.open("wb") as out:  # a file, not a pipe nobody reads: slapd never blocks on it
            self.process = subprocess.Popen([str(SLAPD), "-h", urls, "-f", str(conf), "-d", "0"],
                                            stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while not self._answers():
            if self.process.poll() is not None:
                said = log.read_text(encoding="utf-8", errors="replace")
                raise RuntimeError(f"slapd exited with {self.process.returncode}: {said[-2000:]}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("slapd did not answer within 20 s")
            time.sleep(0.05)
        self._seed()
        return self

    def _certificates(self) -> None:
        openssl = shutil.which("openssl")
        if openssl is None:
            pytest.skip("the openssl program is needed to make the test certificates")
        f = self.folder

        def run(*args: str) -> None:
            subprocess.run([openssl, *args], cwd=f, check=True, capture_output=True, timeout=60)

        run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=Reception test CA", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
        run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
            "-subj", "/CN=127.0.0.1")
        (f / "server.ext").write_text("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")
        run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "server.pem", "-days", "2", "-extfile", "server.ext")

    def _answers(self) -> bool:
        import ldap3

        try:
            conn = ldap3.Connection(ldap3.Server("127.0.0.1", port=self.port, connect_timeout=1), ROOT_DN, ROOT_PW,
                                    receive_timeout=2)
            ok = conn.bind()
            conn.unbind()
            return ok
        except Exception:  # not listening yet
            return False

    def admin(self):
        """A connection bound as the root DN, to change the tree."""
        import ldap3

        conn = ldap3.Connection(ldap3.Server("127.0.0.1", port=self.port, get_info=ldap3.NONE), ROOT_DN, ROOT_PW,
                                raise_exceptions=True)
        conn.bind()
        return conn

    def _seed(self) -> None:
        conn = self.admin()
        conn.add(SUFFIX, ["dcObject", "organization"], {"o": "Example", "dc": "example"})
        for ou in ("people", "groups", "service"):
            conn.add(f"ou={ou},{SUFFIX}", ["organizationalUnit"], {"ou": ou})
        conn.add(SERVICE_DN, ["person", "simpleSecurityObject"], {"cn": "reception", "sn": "service",
                                                                  "userPassword": SERVICE_PW})
        conn.unbind()

    def add_person(self, uid: str, cn: str, password: str = "", **attributes) -> str:
        """inetOrgPerson ou=people uid=...; returns the DN."""
        dn = f"uid={uid},{PEOPLE}"
        values = {"uid": uid, "cn": cn, "sn": attributes.pop("sn", cn[:1] or uid), **attributes}
        if password:
            values["userPassword"] = password
        conn = self.admin()
        conn.add(dn, ["inetOrgPerson"], {k: v for k, v in values.items() if v not in ("", None)})
        conn.unbind()
        return dn

    def add_group(self, cn: str, members: list[str], unique: bool = False) -> str:
        """groupOfNames (member), or groupOfUniqueNames (uniqueMember); returns the DN."""
        dn = f"cn={cn},{GROUPS}"
        kind, attribute = ("groupOfUniqueNames", "uniqueMember") if unique else ("groupOfNames", "member")
        conn = self.admin()
        conn.add(dn, [kind], {"cn": cn, attribute: members or [f"cn=nobody,{SUFFIX}"]})
        conn.unbind()
        return dn

    def modify(self, dn: str, **replace) -> None:
        import ldap3

        conn = self.admin()
        conn.modify(dn, {k: [(ldap3.MODIFY_REPLACE, v if isinstance(v, list) else [v])] for k, v in replace.items()})
        conn.unbind()

    def delete(self, dn: str) -> None:
        conn = self.admin()
        conn.delete(dn)
        conn.unbind()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # slapd's clean shutdown
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Slapd:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
