"""Pages saved as a single file (.mhtml/.mht, Chrome/Edge/Opera "Webpage, Single File").

An MHTML file is a MIME ``multipart/related`` message: the page's HTML in one part, its images and
styles in the others, each quoted-printable or base64. The stdlib ``email`` package reads it; the
HTML part (the one the message names as its start, else the snapshot's location, else the first) is
decoded with the charset of its part header, else the one in its ``<meta>``, then goes the HTML way.
"""

from __future__ import annotations

import email
import email.message
from email import policy

from policylens.core import errors
from policylens.core.loaders.html import decode_html


def html_of_mhtml(data: bytes) -> tuple[str, str]:
    """The decoded HTML of the page an MHTML file holds, and its codec."""
    try:
        msg = email.message_from_bytes(data, policy=policy.compat32)
    except (ValueError, TypeError, IndexError, LookupError) as exc:
        raise errors.CorruptDocument(kind="MHTML", reason=str(exc)[:160] or type(exc).__name__) from exc
    part = _html_part(msg)
    if part is None:
        raise errors.CorruptDocument(kind="MHTML", reason="it holds no web page: there is no text/html part")
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, LookupError) as exc:
        raise errors.CorruptDocument(kind="MHTML", reason=str(exc)[:160] or type(exc).__name__) from exc
    if not isinstance(payload, bytes) or not payload.strip():
        raise errors.CorruptDocument(kind="MHTML", reason="its web page part is empty")
    charset = part.get_content_charset() or part.get_param("charset")
    return decode_html(payload, charset if isinstance(charset, str) else None)


def _html_part(msg: email.message.Message) -> email.message.Message | None:
    if not msg.is_multipart():
        return msg if msg.get_content_type() == "text/html" else None
    html_parts = [p for p in msg.walk() if not p.is_multipart() and p.get_content_type() == "text/html"]
    if not html_parts:
        return None
    start = msg.get_param("start")
    if isinstance(start, str):
        cid = start.strip("<>")
        for p in html_parts:
            if (p.get("Content-ID") or "").strip().strip("<>") == cid:
                return p
    location = msg.get("Snapshot-Content-Location")
    if location:
        for p in html_parts:
            if (p.get("Content-Location") or "").strip() == location.strip():
                return p
    return html_parts[0]
