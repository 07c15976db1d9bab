"""The network half of a delivery: one claimed notification out through its channel, outside any
transaction. Every resend carries the claim's key, so receivers that deduplicate show it once."""
from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass

from shared.notify import channels, messages
from shared.notify.channels import DeliveryError
from shared.notify.messages import HostInfo, Message, MessageContext
from shared.notify.settings import NotifySettings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Claim:
    id: int
    attempt: int  # the row's attempts after this claim: with owner, the lease's identity
    owner: str
    channel: str
    address: str  # the e-mail address or the full URL (may hold a key: never stored)
    settings: NotifySettings
    context: MessageContext
    host: HostInfo
    language: str
    message: Message
    key: str  # the same on every resend
    taken_over: bool  # a previous owner's lease expired mid-send
    attachments: tuple[tuple[str, bytes], ...] = ()  # an invitation's QR codes


def _mobile(phone: str) -> str:
    """The host's own mainland mobile, to @-mention them in a group robot; "" for anything else."""
    digits = re.sub(r"[\s-]", "", phone or "").removeprefix("+86")
    return digits if re.fullmatch(r"1\d{10}", digits) else ""


def _send(claim: _Claim) -> DeliveryError | None:
    """The network I/O, outside any transaction. None: the other side accepted it."""
    cfg, msg = claim.settings, claim.message
    timeout = float(cfg.timeout_s)
    mention = tuple(x for x in (_mobile(claim.host.phone),) if x)
    try:
        if claim.channel == "email":
            domain = (cfg.sender or cfg.smtp_user).rpartition("@")[2] or "reception.invalid"
            channels.send_email(cfg, claim.address, msg.subject, msg.text, message_id=f"<{claim.key}@{domain}>",
                                attachments=claim.attachments)
        elif claim.channel == "webhook":
            body = messages.webhook_body(claim.context, msg, claim.host, claim.language, claim.key)
            channels.post_json(claim.address, body, timeout, headers={"Idempotency-Key": claim.key})
        elif claim.channel == "wecom":
            channels.post_json(claim.address, messages.wecom_body(msg, mention), timeout, check_code=True)
        elif claim.channel == "dingtalk":
            url = messages.dingtalk_signed_url(claim.address, cfg.dingtalk_secret, int(time.time() * 1000))
            channels.post_json(url, messages.dingtalk_body(msg, mention), timeout, check_code=True)
        elif claim.channel == "feishu":
            body = messages.feishu_body(msg, cfg.feishu_secret, int(time.time()))
            channels.post_json(claim.address, body, timeout, check_code=True)
        else:
            return DeliveryError(f"unknown channel {claim.channel!r}", permanent=True)
    except DeliveryError as exc:
        return exc
    except Exception as exc:  # a bug in a sender: say what, and retry within the attempts
        log.exception("notification %s: sender failed", claim.id)
        return DeliveryError(f"{type(exc).__name__}: {exc}")
    return None
