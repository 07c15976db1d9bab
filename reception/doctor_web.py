"""`reception doctor` on a station that serves the hosts' page: its [web] table, whether it answers, and
whether notifications link to it (the address `reception web` announced is the one configured)."""
from __future__ import annotations

import ssl
import urllib.error
import urllib.request
from pathlib import Path

from reception.doctor_cmd import FAIL, OK, WARN, Check

TIMEOUT_S = 5


def has_web(config_path: Path, role: str) -> bool:
    import tomllib

    if role == "web":
        return True
    try:
        return config_path.exists() and "web" in tomllib.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False


def check_web(config_path: Path, engine) -> list[Check]:
    from web.config import web_config

    try:
        cfg = web_config(config_path)
    except (ValueError, OSError) as err:
        return [Check("hosts' page", FAIL, str(err))]
    local = f"{'https' if cfg.tls_cert else 'http'}://{'127.0.0.1' if cfg.address in ('0.0.0.0', '::', '') else cfg.address}:{cfg.port}"
    checks = [_answers(local + "/healthz")]
    if engine is not None:
        from shared.services.site.health import web_address

        announced = web_address(engine)
        if not announced:
            checks.append(Check("hosts' links", WARN, "notifications carry no answer link: `reception web` has "
                                                      "not run against this database yet"))
        elif announced != cfg.base_url:
            checks.append(Check("hosts' links", WARN, f"notifications link to {announced}, this station serves "
                                                      f"{cfg.base_url}: restart `reception web` here"))
        else:
            checks.append(Check("hosts' links", OK, f"notifications link to {announced}"))
    return checks


def _answers(url: str) -> Check:
    context = ssl._create_unverified_context() if url.startswith("https") else None  # its own name may differ
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_S, context=context) as reply:
            if reply.status == 200:
                return Check("hosts' page", OK, f"answering on {url.removesuffix('/healthz')}")
            return Check("hosts' page", FAIL, f"{url} answered {reply.status}")
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        return Check("hosts' page", FAIL, f"not answering on {url.removesuffix('/healthz')} ({reason}): "
                                          "is reception-web.service running? (journalctl -u reception-web)")
