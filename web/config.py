"""The web station's part of station.toml: where it listens, TLS or a reverse proxy, its public address.

    [web]
    address = "0.0.0.0"        # listen on every interface of the company network
    port = 8443
    public_url = "https://reception.example.com:8443"   # what links in e-mails point to
    tls_cert = "/etc/reception/web.crt"   # with tls_key: HTTPS served here
    tls_key = "/etc/reception/web.key"
    behind_proxy = false       # true: a reverse proxy terminates TLS (X-Forwarded-* trusted from proxy_ips)
    proxy_ips = "127.0.0.1"
    ldap_sign_in = false       # true: hosts may sign in with their directory password ([ldap] table)
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class WebConfig:
    address: str = "127.0.0.1"
    port: int = 8080
    public_url: str = ""
    tls_cert: str = ""
    tls_key: str = ""
    behind_proxy: bool = False
    proxy_ips: str = "127.0.0.1"
    ldap_sign_in: bool = False

    @property
    def secure(self) -> bool:
        """Cookies only over HTTPS: served with TLS, or a public address that is https."""
        return bool(self.tls_cert) or self.public_url.lower().startswith("https://")

    @property
    def base_url(self) -> str:
        scheme = "https" if self.tls_cert else "http"
        return (self.public_url or f"{scheme}://{self.address}:{self.port}").rstrip("/")


def problems(cfg: WebConfig) -> list[str]:
    found = []
    if not 0 < cfg.port < 65536:
        found.append(f"port {cfg.port} is not a TCP port")
    if bool(cfg.tls_cert) != bool(cfg.tls_key):
        found.append("tls_cert and tls_key go together")
    for name in ("tls_cert", "tls_key"):
        path = getattr(cfg, name)
        if path and not Path(path).is_file():
            found.append(f"{name} {path} does not exist")
    if cfg.public_url:
        parts = urlsplit(cfg.public_url)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
            found.append(f"public_url {cfg.public_url!r} is not an http(s) address")
    if cfg.tls_cert and cfg.behind_proxy:
        found.append("choose tls_cert/tls_key or behind_proxy, not both")
    return found


def web_config(path: Path) -> WebConfig:
    """The [web] table of station.toml (defaults where absent); ValueError names what is wrong."""
    raw = tomllib.loads(path.read_text(encoding="utf-8")).get("web", {}) if path.exists() else {}
    known = set(WebConfig.__dataclass_fields__)
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ValueError(f"{path}: unknown key(s) in [web]: {', '.join(unknown)}")
    try:
        cfg = WebConfig(**{k: (int(v) if k == "port" else bool(v) if k in ("behind_proxy", "ldap_sign_in")
                               else str(v)) for k, v in raw.items()})
    except (TypeError, ValueError) as e:
        raise ValueError(f"{path}: [web] {e}") from None
    if found := problems(cfg):
        raise ValueError(f"{path}: [web] " + "; ".join(found))
    return cfg
