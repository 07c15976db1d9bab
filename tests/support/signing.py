"""Photos and signatures as the kiosk would hand them over, and the documents a site asks for."""
from __future__ import annotations

import math

from PIL import Image

from assets import DEMO_PHOTO
from shared.domain.model import Actor, Attachments, Signature, VisitorPhoto
from shared.domain.photo import photo_jpeg
from shared.services.site.sign_documents import save_sign_document

ADMIN = Actor("desk-1", "boss", "admin")
SAFETY_ZH = "一、进入厂区请佩戴安全帽。\n二、严禁烟火，禁止吸烟。\n三、请勿触碰运转中的设备。\n" * 3
SAFETY_EN = "1. Wear a helmet on site.\n2. No smoking, no open flames.\n3. Do not touch running machines.\n" * 3


def photo(who: str = "") -> VisitorPhoto:
    """The demo camera's visitor; tinted by `who`, so two people's photos differ byte for byte."""
    with Image.open(DEMO_PHOTO) as frame:
        frame = frame.convert("RGB")
        if who:
            tint = Image.new("RGB", frame.size, tuple(sum(map(ord, who)) * k % 256 for k in (3, 5, 7)))
            frame = Image.blend(frame, tint, 0.2)
        return VisitorPhoto(photo_jpeg(frame))


def strokes(seed: int = 0) -> tuple:
    """A wavy signature across the pad, different for each seed."""
    return (tuple((0.08 + 0.84 * i / 59, 0.5 + 0.3 * math.sin(i / (4 + seed) + seed)) for i in range(60)),
            tuple((0.3 + 0.01 * i, 0.2 + 0.02 * i) for i in range(20)))


def safety_rules(store, audience: str = "all", key: str = "safety"):
    return save_sign_document(store, ADMIN, key, audience, "安全告知", "Safety rules", SAFETY_ZH, SAFETY_EN).value


def nda(store, audience: str = "walk_in"):
    return save_sign_document(store, ADMIN, "nda", audience, "保密协议", "Non-disclosure agreement",
                              "访客不得泄露在访问期间获知的任何商业信息。", "Visitors keep confidential what they learn.").value


def signed(documents, members: int = 1, language: str = "zh", with_photo: bool = False) -> Attachments:
    return Attachments(photo() if with_photo else None, tuple(
        Signature(d.id, strokes(n), n, language) for d in documents for n in range(1, members + 1)))
