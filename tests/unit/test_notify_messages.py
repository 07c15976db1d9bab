"""Host notification messages: both languages, every channel's JSON, the documented signatures,
and never the visitor's mobile or ID number."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs, quote_plus, urlsplit

import pytest

from shared.notify import messages as msgs
from shared.notify.settings import NotifySettings

CST = timezone(timedelta(hours=8))
ARRIVED = datetime(2026, 11, 27, 1, 30, tzinfo=UTC)  # 09:30 in Beijing
CTX = msgs.MessageContext(visit_no="261127-0007", visitor_name="欧阳娜娜", company="华为", party_size=1,
                          purpose="商务洽谈", host_name="张三", host_name_en="Zhang San", station="kiosk-1",
                          arrived_at=ARRIVED)
HOST = msgs.HostInfo(1, "张三", "Zhang San", "zhangsan@example.com", "+8613911112222")
VISITOR_MOBILE, VISITOR_ID = "13800138000", "11010519491231002X"


def test_chinese_message():
    m = msgs.render(CTX, "zh_CN", tz=CST)
    assert m.subject == "访客到访通知：欧阳娜娜（华为）"
    assert m.text.splitlines()[0] == "访客到访通知：欧阳娜娜（华为）已到前台，共 1 人。"
    assert m.text.splitlines()[2:] == ["被访人：张三", "来访事由：商务洽谈", "到达时间：2026-11-27 09:30",
                                       "登记处：kiosk-1", "访客编号：261127-0007"]


def test_english_message():
    m = msgs.render(CTX, "en", tz=CST)
    assert m.subject == "Visitor arrived: 欧阳娜娜 (华为)"
    assert m.text.splitlines()[0] == "Visitor arrived: 欧阳娜娜 (华为) is at reception, party of 1."
    assert "Host: Zhang San" in m.text and "Arrived: 2026-11-27 09:30" in m.text
    assert "Visit no.: 261127-0007" in m.text and "Purpose: 商务洽谈" in m.text


def test_english_example_from_the_issue():
    ctx = msgs.MessageContext("1", "欧阳娜娜", "Huawei")
    assert msgs.render(ctx, "en").text.splitlines()[0] == \
        "Visitor arrived: 欧阳娜娜 (Huawei) is at reception, party of 1."


def test_no_company_no_purpose_and_a_party():
    ctx = msgs.MessageContext("2", "Tom", "", party_size=4, host_name="李四")
    zh, en = msgs.render(ctx, "zh_CN"), msgs.render(ctx, "en")
    assert zh.text.splitlines()[0] == "访客到访通知：Tom已到前台，共 4 人。"
    assert en.subject == "Visitor arrived: Tom" and "party of 4." in en.text
    assert "来访事由" not in zh.text and "Purpose" not in en.text and "（" not in zh.text


def test_reminder_says_still_waiting():
    ctx = msgs.MessageContext("3", "欧阳娜娜", "华为", reminder=True)
    assert msgs.render(ctx, "zh_CN").subject == "访客仍在等候：欧阳娜娜（华为）"
    assert "仍在前台等候" in msgs.render(ctx, "zh_CN").text
    assert "still waiting" in msgs.render(ctx, "en").text


@pytest.mark.parametrize("language, keyword", [("zh_CN", "访客"), ("en", "Visitor")])
def test_every_message_carries_the_robot_keyword(language, keyword):
    for reminder in (False, True):
        m = msgs.render(msgs.MessageContext("1", "A", reminder=reminder), language)
        assert keyword in m.text and keyword in m.subject


def test_unknown_language_falls_back_to_chinese():
    assert msgs.render(CTX, "fr").subject.startswith("访客到访通知")
    assert msgs.render(CTX, "en_US").subject.startswith("Visitor arrived")


def all_bodies(ctx=CTX):
    m = msgs.render(ctx, "zh_CN")
    return [
        {"subject": m.subject, "text": m.text},
        msgs.webhook_body(ctx, m, HOST, "zh_CN", "reception-1-20261127013000"),
        msgs.wecom_body(m, ("13911112222",)),
        msgs.dingtalk_body(m, ("13911112222",)),
        msgs.feishu_body(m, "secret", 1_700_000_000),
    ]


def test_the_context_has_no_place_for_the_visitors_mobile_or_id():
    names = set(msgs.MessageContext.__dataclass_fields__)
    assert not names & {"mobile", "phone", "id_number", "mobile_masked"}


def test_no_visitor_mobile_or_id_in_any_body():
    # The context has no mobile/ID field (above); the bodies add none of their own.
    for body in all_bodies():
        text = json.dumps(body, ensure_ascii=False)
        assert VISITOR_MOBILE not in text and "8000" not in text and VISITOR_ID not in text


def test_generic_webhook_body():
    m = msgs.render(CTX, "en")
    body = msgs.webhook_body(CTX, m, HOST, "en", "reception-7-20261127013000")
    assert body["event"] == "visitor.arrived" and body["version"] == 1 and body["id"] == "reception-7-20261127013000"
    assert body["visit"] == {"visit_no": "261127-0007", "visitor_name": "欧阳娜娜", "company": "华为",
                             "party_size": 1, "purpose": "商务洽谈", "station": "kiosk-1",
                             "arrived_at": "2026-11-27T01:30:00Z", "answer_url": None}
    assert body["host"]["name"] == "张三" and body["host"]["email"] == "zhangsan@example.com"
    assert body["message"] == {"subject": m.subject, "text": m.text}
    assert body["language"] == "en" and body["reminder"] is False
    json.dumps(body)  # serialisable as is


def test_wecom_text_body():
    m = msgs.render(CTX, "zh_CN")
    assert msgs.wecom_body(m) == {"msgtype": "text", "text": {"content": m.text}}
    assert msgs.wecom_body(m, ("13911112222",))["text"]["mentioned_mobile_list"] == ["13911112222"]


def test_wecom_content_is_clipped_to_2048_bytes():
    m = msgs.Message("s", "访" * 1000)  # 3000 bytes
    content = msgs.wecom_body(m)["text"]["content"]
    assert len(content.encode()) <= 2048 and content.endswith("…")


def test_dingtalk_text_body():
    m = msgs.render(CTX, "zh_CN")
    assert msgs.dingtalk_body(m) == {"msgtype": "text", "text": {"content": m.text},
                                     "at": {"atMobiles": [], "isAtAll": False}}
    at = msgs.dingtalk_body(m, ("13911112222",))
    assert at["at"]["atMobiles"] == ["13911112222"] and at["text"]["content"].endswith("@13911112222")


def test_dingtalk_signature_per_the_documented_algorithm():
    secret, ts = "SECexample0123456789", 1_700_000_000_123
    # DingTalk: string_to_sign = timestamp + "\n" + secret; HmacSHA256 keyed with the secret;
    # Base64; then URL-encoded as the sign query parameter.
    expected = base64.b64encode(hmac.new(secret.encode(), f"{ts}\n{secret}".encode(), hashlib.sha256).digest())
    assert msgs.dingtalk_sign(secret, ts) == expected.decode()
    assert msgs.dingtalk_sign(secret, ts) == "2lYuku2njSbJrQiNOcmeuLJyiNFszQx5FgMI0j74tPY="
    url = msgs.dingtalk_signed_url("https://oapi.dingtalk.com/robot/send?access_token=abc", secret, ts)
    assert url.startswith("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000123&sign=")
    assert url.endswith("sign=" + quote_plus(expected.decode()))
    query = parse_qs(urlsplit(url).query)
    assert query == {"access_token": ["abc"], "timestamp": [str(ts)], "sign": [expected.decode()]}


def test_dingtalk_without_secret_leaves_the_url_alone():
    assert msgs.dingtalk_signed_url("https://x/robot/send?access_token=a", "", 1) == \
        "https://x/robot/send?access_token=a"


def test_feishu_signature_per_the_documented_algorithm():
    secret, ts = "feishu-secret", 1_700_000_000
    # Feishu: string_to_sign = timestamp + "\n" + secret is the HmacSHA256 KEY; the message is empty.
    expected = base64.b64encode(hmac.new(f"{ts}\n{secret}".encode(), b"", hashlib.sha256).digest()).decode()
    assert msgs.feishu_sign(secret, ts) == expected == "OrBzY1Y01Gq+HgJsl+7OfWcMVwc7YocohQm5iiZwjhU="
    m = msgs.render(CTX, "en")
    assert msgs.feishu_body(m, secret, ts) == {"timestamp": "1700000000", "sign": expected,
                                               "msg_type": "text", "content": {"text": m.text}}
    assert msgs.feishu_body(m) == {"msg_type": "text", "content": {"text": m.text}}


def test_robot_urls_are_recorded_without_their_keys():
    assert msgs.redact_url("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx") == \
        "https://qyapi.weixin.qq.com/cgi-bin/webhook/send"
    assert msgs.redact_url("https://open.feishu.cn/open-apis/bot/v2/hook/0123456789abcdef0123") == \
        "https://open.feishu.cn/open-apis/bot/v2/hook/0123…"
    assert msgs.redact_url("http://user:pw@127.0.0.1:8080/hook?token=x") == "http://127.0.0.1:8080/hook"


def test_settings_problems():
    assert NotifySettings().problems() == {}
    bad = NotifySettings(smtp_security="ssl", smtp_port=0, timeout_s=0, wecom_url="ftp://x")
    assert set(bad.problems()) == {"smtp_security", "smtp_port", "timeout_s", "wecom_url"}
