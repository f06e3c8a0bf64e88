"""Small media made in the test: a WAV tone (numpy), a PDF of N pages (by hand)."""

from __future__ import annotations

import struct

import numpy as np

from rerunqt.core.media_source import wav_bytes


def tone(seconds: float = 1.0, rate: int = 8000, pitch: float = 440.0) -> bytes:
    """A WAV file of a sine tone."""
    t = np.arange(int(seconds * rate)) / rate
    return wav_bytes(np.sin(2 * np.pi * pitch * t), rate)


def pdf(pages: int = 2) -> bytes:
    """A valid PDF with ``pages`` pages, each saying "Page N" (objects and xref by hand)."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    font = 3 + 2 * pages
    for i in range(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents {4 + 2 * i} 0 R "
                       f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode())
        stream = f"BT /F1 24 Tf 60 100 Td (Page {i + 1}) Tj ET".encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _chunk(fourcc: bytes, data: bytes) -> bytes:
    return fourcc + struct.pack("<I", len(data)) + data + (b"\0" if len(data) % 2 else b"")


def _list(kind: bytes, data: bytes) -> bytes:
    return _chunk(b"LIST", kind + data)


def mjpeg_avi(jpegs: list[bytes], width: int, height: int, fps: int = 10) -> bytes:
    """A video file (AVI of JPEG frames, which FFmpeg plays) from encoded JPEG frames."""
    count = len(jpegs)
    biggest = max(len(j) for j in jpegs)
    avih = struct.pack("<14I", 1_000_000 // fps, biggest * fps, 0, 0x10, count, 0, 1, biggest,
                       width, height, 0, 0, 0, 0)
    strh = b"vidsMJPG" + struct.pack("<IHHIIIIIIiI4h", 0, 0, 0, 0, 1, fps, 0, count, biggest, -1,
                                      0, 0, 0, width, height)
    strf = struct.pack("<IiiHH4sIiiII", 40, width, height, 1, 24, b"MJPG", width * height * 3,
                       0, 0, 0, 0)
    header = _list(b"hdrl", _chunk(b"avih", avih) + _list(b"strl", _chunk(b"strh", strh)
                                                          + _chunk(b"strf", strf)))
    frames, index, offset = b"", b"", 4
    for jpeg in jpegs:
        chunk = _chunk(b"00dc", jpeg)
        index += b"00dc" + struct.pack("<III", 0x10, offset, len(jpeg))
        frames += chunk
        offset += len(chunk)
    body = b"AVI " + header + _list(b"movi", frames) + _chunk(b"idx1", index)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def clip(frames: int = 10, width: int = 160, height: int = 90) -> bytes:
    """A short colourful video (needs a Qt application: the frames are painted by QPainter)."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    jpegs = []
    for n in range(frames):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor.fromHsv(200 + n * 8, 160, 230))
        painter = QPainter(image)
        painter.setFont(QFont("Sans", height // 3))
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, f"{n + 1}")
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 85)
        jpegs.append(bytes(buffer.data().data()))
    return mjpeg_avi(jpegs, width, height)
