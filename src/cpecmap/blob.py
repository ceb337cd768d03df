"""Prepared bytes: one file or HTTP body, its gzip variant, digest and media type.

A ``Blob`` is how the serving side (the API, the download cache, the static
export) holds bytes it hands out; the store holds data, not representations.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Blob:
    """Bytes served as one HTTP representation, plus their gzip variant.

    Parameters
    ----------
    raw
        The identity-encoded body.
    gz
        The gzip-encoded body, or ``None`` when compressing is not worth it.
    sha256
        Hex digest of ``raw``; the strong ETag is derived from it.
    media_type
        The ``Content-Type`` of ``raw``.
    """

    raw: bytes
    gz: bytes | None
    sha256: str
    media_type: str

    @classmethod
    def of(cls, raw: bytes, media_type: str, *, compress: bool = True) -> Blob:
        """Wrap ``raw``, precompressing it when ``compress`` and it helps."""
        gz = gzip.compress(raw, compresslevel=9, mtime=0) if compress else None
        if gz is not None and len(gz) >= len(raw):
            gz = None
        return cls(raw, gz, hashlib.sha256(raw).hexdigest(), media_type)
