"""QR matrices for printed codes: the qrcode library's code, with its mask choice made faster.

qrcode picks the mask by building the whole symbol eight times and scoring each with per-module Python
loops: about a third of a gate pass's render. Here the symbol is built once; the eight masked versions
are that one with a different pattern XORed over the data modules, each held as one integer (bit
r * n + c is row r, column c), and scored with whole-symbol shifts. Same rules, same scores, same choice
(tests/unit/test_qr_matrix.py checks against the library's own search)."""
from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.util import mask_func

BORDER = 4  # the quiet zone scanners need
# The finder-like run 1:1:3:1:1 with four light modules after or before it (ISO/IEC 18004, penalty 3).
FINDER_LIKE = ((1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0), (0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1))


@lru_cache(maxsize=8)
def _data_masks(version: int) -> tuple[int, ...]:
    """For each mask pattern, the data modules it darkens, as a whole-symbol bit set."""
    n = version * 4 + 17
    probe = qrcode.QRCode(version=version)
    probe.modules_count = n
    probe.modules = [[None] * n for _ in range(n)]
    for row, col in ((0, 0), (n - 7, 0), (0, n - 7)):
        probe.setup_position_probe_pattern(row, col)
    probe.setup_position_adjust_pattern()
    probe.setup_timing_pattern()
    probe.setup_type_info(True, 0)  # test=True, as the library scores: format modules all light
    if version >= 7:
        probe.setup_type_number(True)
    data = [(r, c) for r in range(n) for c in range(n) if probe.modules[r][c] is None]
    masks = []
    for pattern in range(8):
        flips = mask_func(pattern)
        masks.append(sum(1 << (r * n + c) for r, c in data if flips(r, c)))
    return tuple(masks)


@lru_cache(maxsize=8)
def _geometry(n: int) -> tuple[int, dict[int, int], dict[int, int]]:
    """All modules, and for a reach k: the modules k or more from the right edge / bottom edge."""
    full = (1 << n * n) - 1
    row_bits = sum(1 << c for c in range(n))
    cols = {k: sum((row_bits >> k) << (r * n) for r in range(n)) for k in (1, 4, 10)}
    rows = {k: (1 << (n - k) * n) - 1 for k in (1, 4, 10)}
    return full, cols, rows


def _runs(same: int, step: int, valid4: int) -> int:
    """Penalty 1 along one direction: a run of L >= 5 same-colour modules costs L - 2, which is the
    number of 5-module windows in it (L - 4) plus 2 for its start. `same` marks a module equal to the
    next one in that direction."""
    windows = same & (same >> step) & (same >> 2 * step) & (same >> 3 * step) & valid4
    starts = windows & ~(same << step)
    return windows.bit_count() + 2 * starts.bit_count()


def _finder_like(symbol: int, full: int, step: int, valid10: int) -> int:
    found = 0
    for pattern in FINDER_LIKE:
        match = valid10
        for k, dark in enumerate(pattern):
            shifted = symbol >> k * step
            match &= shifted if dark else ~shifted & full
        found += match.bit_count()
    return found


def penalty(symbol: int, n: int) -> int:
    """The library's lost_point for one masked symbol (bit r * n + c dark)."""
    full, cols, rows = _geometry(n)
    across = ~(symbol ^ (symbol >> 1)) & cols[1]  # equal to the module on its right
    down = ~(symbol ^ (symbol >> n)) & rows[1]  # equal to the module below
    points = _runs(across, 1, cols[4]) + _runs(down, n, rows[4])
    points += 3 * (across & (across >> n) & down).bit_count()  # 2x2 blocks of one colour
    points += 40 * (_finder_like(symbol, full, 1, cols[10]) + _finder_like(symbol, full, n, rows[10]))
    percent = float(symbol.bit_count()) / (n ** 2)
    return int(abs(percent * 100 - 50) / 5) * 10 + points


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR of exactly payload (error correction M, fitted version, quiet zone included), with the mask
    the library would choose."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=BORDER)
    code.add_data(payload)
    code.best_fit(start=None)
    code.makeImpl(True, 0)
    n = code.modules_count
    symbol = int("".join("1" if dark else "0" for row in reversed(code.modules) for dark in reversed(row)), 2)
    masks = _data_masks(code.version)
    unmasked = symbol ^ masks[0]
    scores = [penalty(unmasked ^ masks[pattern], n) for pattern in range(8)]
    code.makeImpl(False, scores.index(min(scores)))
    return code.get_matrix()
