"""The site's notification channels, as every station reads them (site_setting key "notify")."""
from __future__ import annotations

from dataclasses import dataclass

CHANNELS = ("email", "webhook", "wecom", "dingtalk", "feishu", "none")
LANGUAGES = ("zh_CN", "en")
SMTP_SECURITY = ("starttls", "tls", "none")


@dataclass(frozen=True, slots=True)
class NotifySettings:
    """SMTP for e-mail, and one URL per webhook kind (a group robot posts to its group).

    A DingTalk or Feishu robot secured by "custom keywords" needs one of them in every message:
    the messages always contain "访客" (Chinese) or "Visitor" (English).
    Secrets (smtp_password, robot URLs and secrets) are stored in the database as given."""

    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"  # starttls (port 587) / tls (implicit TLS, port 465) / none
    smtp_user: str = ""  # empty: no login
    smtp_password: str = ""
    sender: str = ""  # From: address; empty: smtp_user
    webhook_url: str = ""  # the site's own receiver of the generic JSON webhook
    wecom_url: str = ""  # https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...
    dingtalk_url: str = ""  # https://oapi.dingtalk.com/robot/send?access_token=...
    dingtalk_secret: str = ""  # "SEC..." when the robot is secured by signing; empty: unsigned
    feishu_url: str = ""  # https://open.feishu.cn/open-apis/bot/v2/hook/...
    feishu_secret: str = ""  # when the bot is secured by signature verification; empty: unsigned
    timeout_s: float = 10.0  # each network operation (connect, each SMTP command, HTTP request)

    def url_for(self, channel: str) -> str:
        return {"webhook": self.webhook_url, "wecom": self.wecom_url, "dingtalk": self.dingtalk_url,
                "feishu": self.feishu_url}.get(channel, "")

    def problems(self) -> dict[str, str]:
        """Field -> problem code; empty when the settings can be saved."""
        found = {}
        if self.smtp_security not in SMTP_SECURITY:
            found["smtp_security"] = "invalid"
        if not 0 < int(self.smtp_port) < 65536:
            found["smtp_port"] = "out_of_range"
        if not 0 < float(self.timeout_s) <= 120:
            found["timeout_s"] = "out_of_range"
        for name in ("webhook_url", "wecom_url", "dingtalk_url", "feishu_url"):
            url = getattr(self, name)
            if url and (not url.lower().startswith(("http://", "https://"))
                        or any(ch.isspace() or ord(ch) < 32 for ch in url)):
                found[name] = "invalid"
        if self.smtp_user and self.smtp_security == "none":
            found["smtp_security"] = "login_needs_tls"  # a password must not cross the network in clear
        return found
