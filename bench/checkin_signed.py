"""A kiosk check-in that carries a photo and a signed document (the safety rules): the service call alone, as
the kiosk makes it, on the site's SQLite file. Most of it is the signed copy's PDF (the CJK font subset).

checkin_signed_ms_p50 / _p95 over SAMPLES single visitors (photo and one document); checkin_group5_signed_ms:
the median of GROUPS parties of five, each member signing one document (five PDFs in one transaction)."""
from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image

from assets import DEMO_PHOTO
from shared.domain.model import Actor, Attachments, Consent, Signature, VisitorPhoto, WalkIn
from shared.domain.photo import photo_jpeg
from shared.services.checkin import check_in_group, check_in_walk_in
from shared.services.demo import seed_demo
from shared.services.site.sign_documents import save_sign_document
from shared.store.engine import open_store

from bench.stats import percentile

SAMPLES, GROUPS = 100, 10
STROKES = (tuple((0.1 + 0.8 * i / 60, 0.5 + 0.2 * ((i % 7) - 3) / 3) for i in range(61)),)


def run() -> dict[str, float]:
    rng = random.Random(5)
    with Image.open(DEMO_PHOTO) as frame:
        photo = VisitorPhoto(photo_jpeg(frame))
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        try:
            seed_demo(store)
            rules = save_sign_document(store, Actor("desk-1", "admin", "admin"), "safety", "all", "安全告知",
                                       "Safety rules", "一、进入厂区请佩戴安全帽。\n" * 20, "Wear a helmet.\n" * 20).value
            kiosk = Actor("kiosk-1")

            def one(i: int) -> float:
                walk_in = WalkIn(f"访客{i}", f"139{rng.randrange(10**8):08d}", "华为技术有限公司", 1)
                start = time.perf_counter()
                check_in_walk_in(store, kiosk, walk_in, "lobby", Consent(True),
                                 attachments=Attachments(photo, (Signature(rules.id, STROKES),)))
                return (time.perf_counter() - start) * 1000

            def party(i: int) -> float:
                leader = WalkIn(f"领队{i}", f"139{rng.randrange(10**8):08d}", "华为", 1, party_size=5)
                start = time.perf_counter()
                check_in_group(store, kiosk, leader, [f"成员{i}-{n}" for n in range(4)], "lobby", Consent(True),
                               attachments=Attachments(photo, tuple(Signature(rules.id, STROKES, n) for n in range(1, 6))))
                return (time.perf_counter() - start) * 1000

            one(0)  # warm-up: fpdf imported, statements compiled
            times = [one(i) for i in range(1, SAMPLES + 1)]
            groups = [party(i) for i in range(GROUPS)]
        finally:
            store.close()
    return {"checkin_signed_ms_p50": percentile(times, 50), "checkin_signed_ms_p95": percentile(times, 95),
            "checkin_group5_signed_ms": statistics.median(groups)}
