"""An MP4 file around an H.264 stream: one video track, the index before the data.

ISO/IEC 14496-12 (the boxes) and 14496-15 (`avc1` and `avcC`): `ftyp`, then `moov` (so a
player can start before the end, as `movflags +faststart` writes it), then `mdat` with the
frames as length-prefixed NAL units in one chunk. Every frame lasts the same.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Final

MOVIE_TIMESCALE: Final = 1000
IDENTITY_MATRIX: Final = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
LANGUAGE_UNDETERMINED: Final = 0x55C4  # "und", three 5-bit letters
DPI_72: Final = 0x00480000


def box(kind: bytes, *parts: bytes) -> bytes:
    payload = b"".join(parts)
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def full_box(kind: bytes, version: int, flags: int, *parts: bytes) -> bytes:
    return box(kind, struct.pack(">I", (version << 24) | flags), *parts)


def _avc_config(sps: bytes, pps: bytes) -> bytes:
    """AVCDecoderConfigurationRecord: profile and level from the SPS, 4-byte NAL lengths."""
    return box(
        b"avcC",
        bytes([1, sps[1], sps[2], sps[3], 0xFC | 3, 0xE0 | 1]),
        struct.pack(">H", len(sps)),
        sps,
        bytes([1]),
        struct.pack(">H", len(pps)),
        pps,
    )


def _sample_entry(width: int, height: int, sps: bytes, pps: bytes) -> bytes:
    return box(
        b"avc1",
        bytes(6),  # reserved
        struct.pack(">H", 1),  # data_reference_index
        bytes(16),  # pre_defined, reserved
        struct.pack(">HHII", width, height, DPI_72, DPI_72),
        bytes(4),  # reserved
        struct.pack(">H", 1),  # frame_count
        bytes(32),  # compressorname
        struct.pack(">Hh", 0x18, -1),  # depth, pre_defined
        _avc_config(sps, pps),
    )


def _sample_table(sizes: Sequence[int], frame_ticks: int, entry: bytes, data_offset: int) -> bytes:
    return box(
        b"stbl",
        full_box(b"stsd", 0, 0, struct.pack(">I", 1), entry),
        full_box(b"stts", 0, 0, struct.pack(">III", 1, len(sizes), frame_ticks)),
        full_box(b"stss", 0, 0, struct.pack(">II", 1, 1)),  # only the first frame is a key
        full_box(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, len(sizes), 1)),
        full_box(b"stsz", 0, 0, struct.pack(f">II{len(sizes)}I", 0, len(sizes), *sizes)),
        full_box(b"stco", 0, 0, struct.pack(">II", 1, data_offset)),
    )


def _movie_header(duration: int) -> bytes:
    return full_box(
        b"mvhd",
        0,
        0,
        struct.pack(">IIII", 0, 0, MOVIE_TIMESCALE, duration),  # times, timescale, duration
        struct.pack(">IH", 0x10000, 0x100),  # rate 1.0, volume 1.0
        bytes(10),  # reserved
        IDENTITY_MATRIX,
        bytes(24),  # pre_defined
        struct.pack(">I", 2),  # next_track_ID
    )


def _track_header(duration: int, width: int, height: int) -> bytes:
    return full_box(
        b"tkhd",
        0,
        3,  # enabled, in the movie
        struct.pack(">IIIII", 0, 0, 1, 0, duration),  # times, track_ID, reserved, duration
        bytes(8),  # reserved
        struct.pack(">hhhH", 0, 0, 0, 0),  # layer, alternate_group, volume, reserved
        IDENTITY_MATRIX,
        struct.pack(">II", width << 16, height << 16),  # 16.16 fixed point
    )


def _media_header(timescale: int, duration: int) -> bytes:
    times = struct.pack(">IIII", 0, 0, timescale, duration)
    return full_box(b"mdhd", 0, 0, times, struct.pack(">HH", LANGUAGE_UNDETERMINED, 0))


def _movie(
    width: int, height: int, fps: int, sps: bytes, pps: bytes, sizes: Sequence[int], offset: int
) -> bytes:
    timescale, frame_ticks = fps * 1000, 1000
    media_duration = len(sizes) * frame_ticks
    movie_duration = media_duration * MOVIE_TIMESCALE // timescale
    entry = _sample_entry(width, height, sps, pps)
    media_information = box(
        b"minf",
        full_box(b"vmhd", 0, 1, bytes(8)),
        box(b"dinf", full_box(b"dref", 0, 0, struct.pack(">I", 1), full_box(b"url ", 0, 1))),
        _sample_table(sizes, frame_ticks, entry, offset),
    )
    media = box(
        b"mdia",
        _media_header(timescale, media_duration),
        full_box(b"hdlr", 0, 0, bytes(4), b"vide", bytes(12), b"VideoHandler\0"),
        media_information,
    )
    track = box(b"trak", _track_header(movie_duration, width, height), media)
    return box(b"moov", _movie_header(movie_duration), track)


def mp4(
    width: int, height: int, fps: int, sps: bytes, pps: bytes, frames: Sequence[bytes]
) -> bytes:
    """The MP4 file of one H.264 track: `frames` are NAL units, one per frame."""
    samples = [struct.pack(">I", len(frame)) + frame for frame in frames]
    sizes = [len(sample) for sample in samples]
    file_type = box(b"ftyp", b"isom", struct.pack(">I", 0x200), b"isomiso2avc1mp41")
    # The chunk offset is where the data starts: after ftyp, moov and mdat's own header. The
    # movie's size does not depend on the offset's value, so one measuring pass finds it.
    movie_size = len(_movie(width, height, fps, sps, pps, sizes, 0))
    offset = len(file_type) + movie_size + 8
    movie = _movie(width, height, fps, sps, pps, sizes, offset)
    return file_type + movie + box(b"mdat", *samples)
