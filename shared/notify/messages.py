"""What a host is told, in Chinese or English, and the JSON each channel expects. Pure functions.

The context carries only what a host needs to recognise the visitor: never the visitor's mobile
number or ID number (MessageContext has no field for them, so no template can leak them).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

EVENT = "visitor.arrived"
WEBHOOK_VERSION = 1


@dataclass(frozen=True, slots=True)
class MessageContext:
    visit_no: str
    visitor_name: str
    company: str = ""
    party_size: int = 1
    purpose: str = ""
    host_name: str = ""
    host_name_en: str = ""
    station: str = ""
    arrived_at: datetime | None = None  # aware
    reminder: bool = False  # "notify host again": the visitor is still waiting
    left_message: str = ""  # the host was absent and the visitor did not wait: their message, relayed
    answer_url: str = ""  # the host's answer page for this visit (empty: the site runs no hosts' page)


@dataclass(frozen=True, slots=True)
class HostInfo:
    """The host, for the generic webhook (the site's own system routes on it) and robot @-mentions."""

    id: int | None
    name: str
    name_en: str = ""
    email: str = ""
    phone: str = ""  # the host's own number: only to @-mention them in a group robot


@dataclass(frozen=True, slots=True)
class Message:
    subject: str
    text: str  # plain text: the first line says it all, the rest are details


def language_of(value: str) -> str:
    return "en" if (value or "").lower().startswith("en") else "zh_CN"


def _local_time(at: datetime | None, tz: tzinfo | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def render(ctx: MessageContext, language: str, tz: tzinfo | None = None) -> Message:
    """The subject and text in the host's language; tz: the site's (default: this machine's)."""
    when = _local_time(ctx.arrived_at, tz)
    if language_of(language) == "en":
        who = f"{ctx.visitor_name} ({ctx.company})" if ctx.company else ctx.visitor_name
        if ctx.left_message:
            subject = f"Visitor left a message: {who}"
            first = f"Visitor {who} could not wait and left this message:\n{ctx.left_message}"
        elif ctx.reminder:
            subject = f"Visitor still waiting: {who}"
            first = f"Reminder: Visitor {who} is still waiting at reception, party of {ctx.party_size}."
        else:
            subject = f"Visitor arrived: {who}"
            first = f"Visitor arrived: {who} is at reception, party of {ctx.party_size}."
        details = [("Host", ctx.host_name_en or ctx.host_name), ("Purpose", ctx.purpose), ("Arrived", when),
                   ("Checked in at", ctx.station), ("Visit no.", ctx.visit_no)]
        sep = ": "
        answer = f"Answer (coming / wait / cannot meet): {ctx.answer_url}"
    else:
        who = f"{ctx.visitor_name}（{ctx.company}）" if ctx.company else ctx.visitor_name
        if ctx.left_message:
            subject = f"访客留言：{who}"
            first = f"访客{who}未能等候，留言如下：\n{ctx.left_message}"
        elif ctx.reminder:
            subject = f"访客仍在等候：{who}"
            first = f"访客提醒：{who}仍在前台等候，共 {ctx.party_size} 人。"
        else:
            subject = f"访客到访通知：{who}"
            first = f"访客到访通知：{who}已到前台，共 {ctx.party_size} 人。"
        details = [("被访人", ctx.host_name), ("来访事由", ctx.purpose), ("到达时间", when),
                   ("登记处", ctx.station), ("访客编号", ctx.visit_no)]
        sep = "："
        answer = f"回复（马上到 / 请稍候 / 无法会见）：{ctx.answer_url}"
    lines = [first] + ([answer] if ctx.answer_url else []) + [""]
    lines += [f"{label}{sep}{value}" for label, value in details if value]
    return Message(subject, "\n".join(lines))


# --- invitations -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class InvitationGuest:
    name: str
    code: str


@dataclass(frozen=True, slots=True)
class InvitationContext:
    """An invitation e-mail to an expected guest: no mobile number, no notes meant for the desk."""

    code: str
    visitor_name: str
    expected_on: date
    time_from: str = ""  # "HH:MM"; both empty: any time that day
    time_to: str = ""
    host_name: str = ""
    host_name_en: str = ""
    purpose: str = ""
    pickup_time: str = ""
    pickup_place: str = ""
    members: tuple[InvitationGuest, ...] = ()  # a group's other guests, each with their own code


def invitation_attachment_name(code: str) -> str:
    return f"invitation-{code}.png"


def render_invitation(ctx: InvitationContext) -> Message:
    """Chinese then English in one e-mail: the guest's language is not known."""
    day = ctx.expected_on
    window = f"{ctx.time_from}–{ctx.time_to}" if ctx.time_from and ctx.time_to else ""
    zh_when = f"{day.year}年{day.month}月{day.day}日" + (f" {window}" if window else "")
    en_when = f"{day:%Y-%m-%d}" + (f", {window}" if window else "")
    pickup_zh = f"{ctx.pickup_time}，{ctx.pickup_place}" if ctx.pickup_place else ""
    pickup_en = f"{ctx.pickup_time} at {ctx.pickup_place}" if ctx.pickup_place else ""
    zh = [f"{ctx.visitor_name}，您好：", "", f"诚邀您于 {zh_when} 来访。", ""]
    zh += [f"{label}：{value}" for label, value in (
        ("邀请码", ctx.code), ("被访人", ctx.host_name), ("来访事由", ctx.purpose), ("接送", pickup_zh)) if value]
    zh += ["", "到达后请在前台自助机扫描附件中的二维码（或输入邀请码）完成签到。"]
    en = [f"Dear {ctx.visitor_name},", "", f"You are invited to visit us on {en_when}.", ""]
    en += [f"{label}: {value}" for label, value in (
        ("Invitation code", ctx.code), ("Host", ctx.host_name_en or ctx.host_name), ("Purpose", ctx.purpose),
        ("Pickup", pickup_en)) if value]
    en += ["", "On arrival, scan the attached QR code at the reception kiosk (or type the code) to check in."]
    if ctx.members:
        zh += ["", "同行人员各有自己的邀请码（二维码见附件）："] + [f"  {g.name}：{g.code}" for g in ctx.members]
        en += ["", "Everyone in your party has their own code (QR codes attached):"] + [
            f"  {g.name}: {g.code}" for g in ctx.members]
    subject = f"来访邀请 Visitor invitation: {day:%Y-%m-%d} · {ctx.code}"
    return Message(subject, "\n".join(zh + ["", "——", ""] + en))


# --- signing in to the hosts' page ------------------------------------------------------------

def render_signin(host_name: str, url: str, minutes: int, language: str) -> Message:
    """The one-time sign-in link, in the host's language."""
    if language_of(language) == "en":
        return Message("Your sign-in link for visitor reception",
                       f"Hello {host_name},\n\nOpen this link within {minutes} minutes to sign in to visitor "
                       f"reception (it works once):\n{url}\n\nIf you did not ask for it, ignore this e-mail.")
    return Message("访客接待登录链接",
                   f"{host_name}，您好：\n\n请在 {minutes} 分钟内打开以下链接登录访客接待（仅可使用一次）：\n{url}"
                   "\n\n如非本人操作，请忽略此邮件。")


# --- generic webhook -----------------------------------------------------------------------

def webhook_body(ctx: MessageContext, message: Message, host: HostInfo, language: str, key: str) -> dict:
    """The generic JSON webhook, POSTed as application/json (UTF-8):

    {"version": 1, "event": "visitor.arrived", "id": "<same on a resend: deduplicate on it>",
     "reminder": false, "language": "zh_CN" | "en",
     "visit": {"visit_no", "visitor_name", "company", "party_size", "purpose", "station",
               "arrived_at": ISO 8601 UTC or null, "answer_url": the host's answer page or null},
     "host": {"id", "name", "name_en", "email", "phone"},
     "message": {"subject", "text"}}

    The receiver answers 2xx to accept; anything else is retried. The request also carries the id
    in an Idempotency-Key header."""
    arrived = ctx.arrived_at.astimezone(UTC).isoformat().replace("+00:00", "Z") if ctx.arrived_at else None
    return {
        "version": WEBHOOK_VERSION,
        "event": "visitor.message" if ctx.left_message else EVENT,
        "id": key,
        "reminder": ctx.reminder,
        "language": language_of(language),
        "visit": {"visit_no": ctx.visit_no, "visitor_name": ctx.visitor_name, "company": ctx.company,
                  "party_size": ctx.party_size, "purpose": ctx.purpose, "station": ctx.station,
                  "arrived_at": arrived, "answer_url": ctx.answer_url or None},
        "host": {"id": host.id, "name": host.name, "name_en": host.name_en, "email": host.email,
                 "phone": host.phone},
        "message": {"subject": message.subject, "text": message.text},
    }


# --- WeCom (企业微信) group robot ------------------------------------------------------------
# POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY
# {"msgtype": "text", "text": {"content": "...", "mentioned_mobile_list": ["138..."]}};
# content at most 2048 bytes UTF-8; the reply is {"errcode": 0, "errmsg": "ok"}.
# (WeCom developer docs, "群机器人配置说明": 消息类型及数据格式 / 文本类型.)
WECOM_MAX_BYTES = 2048


def _clip(text: str, max_bytes: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes - 3].decode("utf-8", errors="ignore") + "…"


def wecom_body(message: Message, mention_mobiles: tuple[str, ...] = ()) -> dict:
    text: dict = {"content": _clip(message.text, WECOM_MAX_BYTES)}
    if mention_mobiles:
        text["mentioned_mobile_list"] = list(mention_mobiles)  # @ the host, by their own number
    return {"msgtype": "text", "text": text}


# --- DingTalk (钉钉) custom robot -------------------------------------------------------------
# POST https://oapi.dingtalk.com/robot/send?access_token=TOKEN[&timestamp=T&sign=S]
# {"msgtype": "text", "text": {"content": "..."}, "at": {"atMobiles": [...], "isAtAll": false}};
# the reply is {"errcode": 0, "errmsg": "ok"}. Signing ("加签"): T is the time in milliseconds,
# S = urlencode(base64(HmacSHA256(key=secret, msg=f"{T}\n{secret}"))), T within 1 hour of
# DingTalk's clock. (DingTalk open platform, "自定义机器人安全设置: 加签".)

def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """The sign parameter, before URL-encoding."""
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp_ms}\n{secret}".encode(),
                      hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def dingtalk_signed_url(url: str, secret: str, timestamp_ms: int) -> str:
    """The robot URL with timestamp and sign added (an unsigned robot: secret empty, URL as is)."""
    if not secret:
        return url
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("timestamp", "sign")]
    query += [("timestamp", str(timestamp_ms)), ("sign", dingtalk_sign(secret, timestamp_ms))]
    return urlunsplit(parts._replace(query=urlencode(query)))  # urlencode percent-encodes the sign


def dingtalk_body(message: Message, at_mobiles: tuple[str, ...] = ()) -> dict:
    content = message.text
    if at_mobiles:  # DingTalk highlights an @ only when the content names the number too
        content += "\n" + " ".join(f"@{m}" for m in at_mobiles)
    return {"msgtype": "text", "text": {"content": content},
            "at": {"atMobiles": list(at_mobiles), "isAtAll": False}}


# --- Feishu (飞书) custom bot -----------------------------------------------------------------
# POST https://open.feishu.cn/open-apis/bot/v2/hook/TOKEN
# {"msg_type": "text", "content": {"text": "..."}[, "timestamp": "T", "sign": "S"]};
# the reply is {"code": 0, "msg": "success", ...}. Signature verification ("签名校验"): T is the
# time in seconds (within 1 hour), S = base64(HmacSHA256(key=f"{T}\n{secret}", msg=b"")) — the
# string to sign is the key and the message is empty. (Feishu open platform, "自定义机器人使用指南".)

def feishu_sign(secret: str, timestamp_s: int) -> str:
    digest = hmac.new(f"{timestamp_s}\n{secret}".encode(), b"", hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def feishu_body(message: Message, secret: str = "", timestamp_s: int | None = None) -> dict:
    body: dict = {"msg_type": "text", "content": {"text": message.text}}
    if secret:
        if timestamp_s is None:
            raise ValueError("a signed Feishu message needs its timestamp")
        body = {"timestamp": str(timestamp_s), "sign": feishu_sign(secret, timestamp_s), **body}
    return body


# --- for the record ------------------------------------------------------------------------

def redact_url(url: str) -> str:
    """A webhook URL as it may be shown on a console: robot URLs carry their key (WeCom ?key=,
    DingTalk ?access_token=, Feishu in the last path segment), so query, user info and long
    path segments are cut."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    segments = [s if len(s) < 16 else s[:4] + "…" for s in parts.path.split("/")]
    return urlunsplit((parts.scheme, host, "/".join(segments), "", ""))
