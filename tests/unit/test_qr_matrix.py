"""The printed QR's faster mask choice: the same symbol the qrcode library makes, module for module."""
from __future__ import annotations

import random

import pytest
import qrcode

from printers.layout.qr import penalty, qr_matrix
from qrcode.util import lost_point

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_:/.?=&欧阳娜"


def library_code(payload: str) -> qrcode.QRCode:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    return code


@pytest.mark.parametrize("length", [1, 7, 22, 43, 90, 150, 300, 600])
def test_same_symbol_as_the_library_for_payloads_of_every_size(length):
    rng = random.Random(length)
    for _ in range(25):
        payload = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(max(1, length // 2), length)))
        assert qr_matrix(payload) == library_code(payload).get_matrix(), payload


def test_penalty_scores_every_mask_as_the_library_does():
    """Not only the winner: each of the eight scores, so a rule scored wrong cannot hide behind a lucky pick."""
    rng = random.Random(14)
    for _ in range(20):
        payload = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(10, 200)))
        code = library_code(payload)
        n = code.modules_count
        for pattern in range(8):
            code.makeImpl(True, pattern)
            bits = int("".join("1" if d else "0" for row in reversed(code.modules) for d in reversed(row)), 2)
            assert penalty(bits, n) == lost_point(code.modules), (payload, pattern)
