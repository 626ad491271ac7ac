"""Bytes -> text: UTF-8 first (most documents), else the encoding that
charset-normalizer detects (UTF-16, cp1251, KOI8-R, ...).

charset-normalizer is the detector requests uses: maintained, pure Python,
and it scores candidate decodings by how language-like the result is, which
is what tells cp1251 from KOI8-R on Cyrillic text (both decode any byte).
"""

from __future__ import annotations

import codecs

SNIFF_BYTES = 8192
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can tell."""


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Raises DecodeError for binary data."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {name} byte-order mark but is not valid {name} (byte {exc.start})") from None
    if b"\x00" in data[:SNIFF_BYTES]:
        # Zero bytes: UTF-16/32 without a byte-order mark, or binary.
        from charset_normalizer import from_bytes

        best = from_bytes(data[: 4 * SNIFF_BYTES]).best()
        name = best.encoding if best is not None else ""
        # Only a clean decoding counts: binary data also "decodes" as UTF-16.
        if name and name.startswith(("utf_16", "utf_32")) and best is not None and best.chaos < 0.01:
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                pass
        raise DecodeError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError(f"not valid UTF-8 (byte {utf8_error.start}: {data[utf8_error.start : utf8_error.start + 1]!r}) and no other text encoding fits")
    return str(best), best.encoding
