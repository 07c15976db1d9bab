"""The senders: the only network I/O of notifications. Each returns None once the other side has
accepted the message, or raises DeliveryError saying what went wrong (never a silent success).

A DeliveryError with permanent=True will not get better by retrying (a recipient refused by the
mail server, HTTP 4xx); the outbox then stops at 'failed' instead of retrying.
"""
from __future__ import annotations

import http.client
import json
import smtplib
import socket
import ssl
import urllib.error
import urllib.request
from email.message import EmailMessage
from email.utils import formatdate

from shared.notify.messages import redact_url
from shared.notify.settings import NotifySettings

USER_AGENT = "lobby-reception-notify/1"


class DeliveryError(Exception):
    def __init__(self, message: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


# --- e-mail --------------------------------------------------------------------------------

Attachment = tuple[str, bytes]  # file name, PNG data (the invitation's QR codes)


def build_email(sender: str, to: str, subject: str, text: str, message_id: str = "",
                attachments: tuple[Attachment, ...] = ()) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    if message_id:
        # The same on a resend, so mail systems that deduplicate on it show one message.
        msg["Message-ID"] = message_id
    msg.set_content(text)  # UTF-8, text/plain
    for name, data in attachments:
        msg.add_attachment(data, maintype="image", subtype="png", filename=name)
    return msg


def _smtp_permanent(exc: smtplib.SMTPException) -> bool:
    code = getattr(exc, "smtp_code", None)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [c for c, _ in exc.recipients.values()]
        return bool(codes) and all(500 <= c < 600 for c in codes)
    return isinstance(code, int) and 500 <= code < 600 and not isinstance(exc, smtplib.SMTPServerDisconnected)


def send_email(settings: NotifySettings, to: str, subject: str, text: str, message_id: str = "",
               attachments: tuple[Attachment, ...] = ()) -> None:
    """One message to one recipient. smtp_security: "starttls" (refuses to go on in clear text if
    the server does not offer STARTTLS), "tls" (implicit TLS, SMTP_SSL), "none" (plain)."""
    if not settings.smtp_host:
        raise DeliveryError("no SMTP server is configured", permanent=True)
    sender = settings.sender or settings.smtp_user
    if not sender:
        raise DeliveryError("no sender address is configured", permanent=True)
    where = f"SMTP {settings.smtp_host}:{settings.smtp_port}"
    msg = build_email(sender, to, subject, text, message_id, attachments)
    timeout = float(settings.timeout_s)
    try:
        if settings.smtp_security == "tls":
            client = smtplib.SMTP_SSL(settings.smtp_host, int(settings.smtp_port), timeout=timeout,
                                      context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(settings.smtp_host, int(settings.smtp_port), timeout=timeout)
        try:
            client.ehlo()
            if settings.smtp_security == "starttls":
                if not client.has_extn("starttls"):
                    raise DeliveryError(f"{where} does not offer STARTTLS; not sending in clear text")
                client.starttls(context=ssl.create_default_context())
                client.ehlo()
            if settings.smtp_user:
                if settings.smtp_security == "none":  # never send a password in clear text
                    raise DeliveryError(f"{where}: login needs STARTTLS or TLS", permanent=True)
                client.login(settings.smtp_user, settings.smtp_password)
            client.send_message(msg, from_addr=sender, to_addrs=[to])
        except BaseException:
            client.close()
            raise
        # Accepted (250 after DATA): from here on nothing may turn this into a failure and a resend.
        try:
            client.quit()
        except Exception:
            client.close()
    except DeliveryError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"{where}: login refused ({exc.smtp_code} {_text(exc.smtp_error)})") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        detail = "; ".join(f"{r}: {c} {_text(m)}" for r, (c, m) in exc.recipients.items())
        raise DeliveryError(f"{where} refused the recipient: {detail}", permanent=_smtp_permanent(exc)) from exc
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(f"{where}: {exc.smtp_code} {_text(exc.smtp_error)}",
                            permanent=_smtp_permanent(exc)) from exc
    except smtplib.SMTPException as exc:
        raise DeliveryError(f"{where}: {type(exc).__name__}: {exc}") from exc
    except ssl.SSLError as exc:
        raise DeliveryError(f"{where}: TLS failed: {exc}") from exc
    except TimeoutError as exc:
        raise DeliveryError(f"{where}: no answer within {timeout:g} s") from exc
    except OSError as exc:  # refused, unreachable, name not found
        raise DeliveryError(f"{where}: cannot connect: {exc.strerror or exc}") from exc


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


# --- HTTP ----------------------------------------------------------------------------------

class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A webhook that redirects is misconfigured: a POST is not replayed somewhere else."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def post_json(url: str, body: dict, timeout: float, check_code: bool = False,
              headers: dict[str, str] | None = None) -> None:
    """POST body as JSON; any 2xx is success. check_code (group robots): the reply must be JSON
    whose errcode (WeCom, DingTalk) or code (Feishu) is 0."""
    where = redact_url(url)
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    try:
        request = urllib.request.Request(url, data=data, method="POST", headers={
            "Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT, **(headers or {})})
    except ValueError:  # its message would quote the URL, key and all
        raise DeliveryError(f"{where}: the URL is not valid", permanent=True) from None
    try:
        with _opener.open(request, timeout=timeout) as response:
            status, reply = response.status, response.read(65536)
    except urllib.error.HTTPError as exc:
        detail = _text(exc.read(300)).strip() if exc.fp else ""
        permanent = 400 <= exc.code < 500 and exc.code not in (408, 425, 429)
        raise DeliveryError(f"{where}: HTTP {exc.code} {exc.reason} {detail}".rstrip(), permanent) from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise DeliveryError(f"{where}: no answer within {timeout:g} s") from exc
        raise DeliveryError(f"{where}: cannot connect: {getattr(reason, 'strerror', None) or reason}") from exc
    except TimeoutError as exc:
        raise DeliveryError(f"{where}: no answer within {timeout:g} s") from exc
    except (ValueError, http.client.InvalidURL):  # control characters: its message quotes the key
        raise DeliveryError(f"{where}: the URL is not valid", permanent=True) from None
    except OSError as exc:
        raise DeliveryError(f"{where}: {type(exc).__name__}: {exc}") from exc
    if not 200 <= status < 300:
        raise DeliveryError(f"{where}: HTTP {status}")
    if check_code:
        _check_robot_reply(where, reply)


def _check_robot_reply(where: str, reply: bytes) -> None:
    try:
        answer = json.loads(reply.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DeliveryError(f"{where}: the reply is not JSON: {reply[:120]!r}") from exc
    if not isinstance(answer, dict):
        raise DeliveryError(f"{where}: unexpected reply {answer!r:.120}")
    for field, message_field in (("errcode", "errmsg"), ("code", "msg"), ("StatusCode", "StatusMessage")):
        if field in answer and answer[field] not in (0, "0"):
            raise DeliveryError(f"{where}: {field} {answer[field]}: {answer.get(message_field, '')}".rstrip(": "))
    if not any(f in answer for f in ("errcode", "code", "StatusCode")):
        raise DeliveryError(f"{where}: unexpected reply {answer!r:.120}")
