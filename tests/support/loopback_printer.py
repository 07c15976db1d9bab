"""A fake ESC/POS network printer on 127.0.0.1: records jobs, answers status, decodes raster images.

One TCP connection is one job, as with a real port-9100 printer. The stream is treated as opaque
bytes except for the few commands a badge job relies on:
  GS v 0 m xL xH yL yH d...   raster bit image (skipped over as a whole, decoded on request)
  DLE EOT n (n = 1..4)         real-time status, answered at once like a real printer

Faults to test against: offline, paper_out, paper_near_end, cover_open, error (what DLE EOT
reports), answer_status=False (silent), status_delay (slow answers) and drop_after_bytes (the
connection is reset after that many bytes; the job so far goes to partial_jobs).
A connection that carried nothing but status queries is a status check, not a job.
"""
from __future__ import annotations

import re
import socket
import struct
import threading
import time

from PIL import Image

DLE_EOT = b"\x10\x04"
GS_V0 = b"\x1dv0"
_INVERT = bytes(255 - b for b in range(256))  # ESC/POS: bit 1 = black dot; PIL "1": bit 1 = white

# DLE EOT answers (Epson ESC/POS reference): bits 1 and 4 are always 1, bits 0 and 7 always 0.
_FIXED = 0x12
_ONLY_STATUS = re.compile(rb"(?:\x10\x04[\x01-\x04])*")


class _StreamScanner:
    """Incremental scanner: feed() any split of the stream, get status replies back."""

    def __init__(self, status_byte) -> None:
        self._status_byte = status_byte
        self._pending = b""
        self.rasters: list[tuple[int, int, bytes]] = []  # (width_bytes, height, data)

    def feed(self, data: bytes) -> list[bytes]:
        buf = self._pending + data
        replies: list[bytes] = []
        i = 0
        while i < len(buf):
            head = bytes(buf[i:i + 3])
            if head[0] == 0x10 and DLE_EOT.startswith(head[:2]):
                if len(head) < 3:
                    break  # the command may continue in the next read
                if 1 <= head[2] <= 4:
                    replies.append(bytes((self._status_byte(head[2]),)))
                    i += 3
                    continue
            elif head[0] == 0x1D and GS_V0.startswith(head):
                if len(buf) - i < 8:
                    break
                width_bytes = buf[i + 4] | buf[i + 5] << 8
                height = buf[i + 6] | buf[i + 7] << 8
                end = i + 8 + width_bytes * height
                if end > len(buf):
                    break  # image data still arriving
                self.rasters.append((width_bytes, height, bytes(buf[i + 8:end])))
                i = end
                continue
            i += 1
        self._pending = buf[i:]
        return replies


def raster_images(stream: bytes) -> list[Image.Image]:
    """Every GS v 0 raster image in an ESC/POS byte stream, black on white, in order."""
    scanner = _StreamScanner(lambda n: 0)
    scanner.feed(stream)
    return [
        Image.frombytes("1", (width_bytes * 8, height), data.translate(_INVERT))
        for width_bytes, height, data in scanner.rasters
    ]


class LoopbackPrinter:
    """Threaded TCP server on an ephemeral 127.0.0.1 port; use as a context manager or start()/stop()."""

    def __init__(self) -> None:
        self.host = "127.0.0.1"
        self.port = 0
        self.jobs: list[bytes] = []
        self.job_times: list[float] = []  # time.monotonic() of each job's last byte
        self.partial_jobs: list[bytes] = []  # connections this printer dropped (drop_after_bytes)
        self.status_checks: list[bytes] = []  # connections with nothing but DLE EOT queries
        self.paper_out = False
        self.paper_near_end = False
        self.offline = False  # offline for another reason (e.g. waiting for recovery)
        self.cover_open = False
        self.error = False  # an autocutter error
        self.answer_status = True  # False: behave like a forwarder (socat to a USB printer) that never answers
        self.status_delay = 0.0  # seconds before each status answer
        self.drop_after_bytes: int | None = None  # reset (RST) each connection after this many bytes
        self._changed = threading.Condition()
        self._threads: list[threading.Thread] = []
        self._connections: set[socket.socket] = set()
        self._stopping = threading.Event()

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> LoopbackPrinter:
        server = socket.create_server((self.host, 0))
        server.settimeout(0.05)  # closing a socket does not wake a blocked accept() on Linux: poll
        self.port = server.getsockname()[1]
        self._stopping.clear()
        self._spawn(self._accept_loop, server)
        return self

    def stop(self) -> None:
        self._stopping.set()
        threads, self._threads = self._threads, []
        if threads:
            threads[0].join(timeout=5)  # the accept loop: no new connections after this
        with self._changed:
            connections = list(self._connections)
        for conn in connections:  # wakes their blocked recv()
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in threads[1:]:
            thread.join(timeout=5)

    def __enter__(self) -> LoopbackPrinter:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- what tests look at ----------------------------------------------------------------
    def wait_for_jobs(self, n: int, timeout: float) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: len(self.jobs) >= n, timeout)

    def wait_for_partial_jobs(self, n: int, timeout: float) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: len(self.partial_jobs) >= n, timeout)

    def wait_for_status_checks(self, n: int, timeout: float) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: len(self.status_checks) >= n, timeout)

    def images(self, job_index: int) -> list[Image.Image]:
        """The GS v 0 raster images of one job, black on white, in order."""
        return raster_images(self.jobs[job_index])

    def page(self, job_index: int) -> Image.Image:
        """The job's images stacked as they come out of the printer (escpos splits tall images)."""
        parts = self.images(job_index)
        if not parts:
            raise AssertionError(f"job {job_index} contains no raster image")
        page = Image.new("1", (max(p.width for p in parts), sum(p.height for p in parts)), 255)
        y = 0
        for part in parts:
            page.paste(part, (0, y))
            y += part.height
        return page

    def status_byte(self, n: int) -> int:
        if n == 1:  # printer status: bit 3 offline
            offline = self.offline or self.paper_out or self.cover_open or self.error
            return _FIXED | (0x08 if offline else 0)
        if n == 2:  # offline cause: bit 2 cover open, bit 5 stopped by paper end, bit 6 error
            return (_FIXED | (0x04 if self.cover_open else 0) | (0x20 if self.paper_out else 0)
                    | (0x40 if self.error else 0))
        if n == 3:  # error cause: bit 3 autocutter error
            return _FIXED | (0x08 if self.error else 0)
        # n == 4, roll paper sensor: bits 2+3 near end, bits 5+6 paper end
        near = 0x0C if self.paper_near_end or self.paper_out else 0
        return _FIXED | near | (0x60 if self.paper_out else 0)

    # -- server ----------------------------------------------------------------------------
    def _spawn(self, target, *args) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self, server: socket.socket) -> None:
        with server:
            while not self._stopping.is_set():
                try:
                    conn, _ = server.accept()
                except TimeoutError:
                    continue
                conn.settimeout(None)
                with self._changed:
                    self._connections.add(conn)
                self._spawn(self._serve, conn)

    def _serve(self, conn: socket.socket) -> None:
        received = bytearray()
        last = time.monotonic()
        scanner = _StreamScanner(self.status_byte)
        dropped = False
        try:
            while chunk := conn.recv(self._room(len(received))):
                received += chunk
                last = time.monotonic()
                for reply in scanner.feed(chunk):
                    if self.answer_status:
                        time.sleep(self.status_delay)
                        conn.sendall(reply)
                if self.drop_after_bytes is not None and len(received) >= self.drop_after_bytes:
                    dropped = True  # linger 0: close() sends RST, as a printer losing power or link
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    break
        except OSError:
            pass  # reset by the client: still a (partial) job, as on paper
        finally:
            conn.close()
            with self._changed:
                self._connections.discard(conn)
                if dropped:
                    self.partial_jobs.append(bytes(received))
                elif _ONLY_STATUS.fullmatch(received):
                    self.status_checks.append(bytes(received))
                else:
                    self.jobs.append(bytes(received))
                    self.job_times.append(last)
                self._changed.notify_all()

    def _room(self, received: int) -> int:
        """How much to read next: never past drop_after_bytes."""
        if self.drop_after_bytes is None:
            return 65536
        return max(1, min(65536, self.drop_after_bytes - received))
