"""A page's content stream read into pypdf's operations faster than pypdf reads it.

A page drawn word by word (Google Docs, Skia) is ~1,500 text operators a page, and pypdf reads its
content stream a byte at a time: two thirds of the time spent on such a PDF. :func:`preparse_page`
reads the stream with regular expressions instead, into the very objects pypdf's own reading gives
(``NumberObject``, ``FloatObject``, ``NameObject``, ``ByteStringObject``, ``ArrayObject``, built by
the same constructors from the same bytes), and hands them to the page, whose text pypdf then
extracts as usual. Anything less plain — an inline image, a comment, an octal escape, a name with
``#``, an unusual byte or number — leaves the page to pypdf, as do streams near pypdf's own limits.
``tests/test_loaders.py`` checks that the operations are identical to pypdf's.
"""

from __future__ import annotations

import re
from typing import Any

# every token with the white space before it: a number (pypdf reads a run of +,-.0-9), a name (ASCII),
# an operator, a hex string, a literal string with no nested parentheses and only the escapes
# \( \) \\ \n \r \t \b \f, the brackets of an array or a dictionary; anything else is "bad" (left to pypdf)
_TOKENS = re.compile(
    rb"[ \t\n\r\f]*(?:"
    rb"(?P<int>[+-]?\d+)(?![+,\-.0-9])|(?P<float>[+-]?(?:\d+\.\d*|\.\d+))(?![+,\-.0-9])"
    rb"|(?P<name>/[!-~]*?)(?=[ \t\n\r\f\v()<>\[\]{}/%]|\Z)"
    rb"|(?P<op>[A-Za-z'\"][^ \t\n\r\f\v()<>\[\]{}/%]*)"
    rb"|(?P<hex><[0-9A-Fa-f \t\n\r\f]*>)"
    rb"|(?P<str>\((?:[^()\\]|\\[()\\nrtbf])*\))"
    rb"|(?P<open>\[)|(?P<close>\])|(?P<dopen><<)|(?P<dclose>>>)"
    rb"|(?P<bad>[^ \t\n\r\f]))"  # (a run of +,-.0-9 that is not one number: bad)
)
_HEX_SPACE = re.compile(rb"[ \t\n\r\f]")
# bytes and words that need pypdf's own reading: a comment, a name with #, NUL and VT (white space
# to pypdf in one place and not in another), an inline image, a stream
_ESCAPED = re.compile(rb"\\(.)", re.DOTALL)
_ESCAPES = {b"(": b"(", b")": b")", b"\\": b"\\", b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_UNUSUAL = re.compile(rb"%|#|[\x00\x0b]|BI(?=[ \t\n\r\f\v()<>\[\]{}/%]|\Z)|stream")
MAX_TOKENS = 1_000_000  # half pypdf's budget for a stream (2,000,000 tokens)
MAX_ITEMS = 1_000  # in an array or a dictionary (pypdf's limits: 100,000 and 10,000)


class _Unsupported(Exception):
    pass


def parse_operations(data: bytes) -> list[tuple[Any, bytes]] | None:
    """pypdf's operations of a content stream (as ``ContentStream(..., "bytes").operations``
    gives them), or None when the stream has anything this reader leaves to pypdf."""
    if _UNUSUAL.search(data):
        return None
    data = data.rstrip(b" \t\n\r\f")
    tokens = _TOKENS.findall(data)
    if len(tokens) > MAX_TOKENS:
        return None
    from pypdf.generic import (
        ArrayObject,
        ByteStringObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
    )

    ops: list[tuple[Any, bytes]] = []
    operands: list[Any] = []
    target = operands
    stack: list[tuple[list[Any], bool]] = []  # open arrays (False) and dictionaries (True)
    try:
        for integer, real, name, op, hexs, string, opn, close, dopen, dclose, _bad in tokens:
            if integer:
                if len(integer) >= 20:
                    raise _Unsupported  # pypdf reads it another way
                target.append(NumberObject(integer))
            elif real:
                if len(real) >= 20:
                    raise _Unsupported
                target.append(FloatObject(real))
            elif op:
                if stack or len(op) >= 128 or op == b"BI" or (op[:1] == b"R" and not op[1:2].isalpha()):
                    # an operator (or true, false, null) inside an array; an "R" that pypdf may
                    # take for an indirect reference ("1 0 R")
                    raise _Unsupported
                ops.append((operands, op))
                operands = target = []
            elif hexs:
                digits = hexs[1:-1]
                if not digits.isalnum():  # white space inside
                    digits = _HEX_SPACE.sub(b"", digits)
                if len(digits) % 2:
                    digits += b"0"
                target.append(ByteStringObject(bytes.fromhex(digits.decode("ascii"))))
            elif name:
                if len(name) >= 4000:
                    raise _Unsupported
                target.append(NameObject(name.decode("ascii")))
            elif string:
                string = string[1:-1]
                if b"\\" in string:
                    string = _ESCAPED.sub(lambda m: _ESCAPES[m.group(1)], string)
                target.append(ByteStringObject(string))
            elif opn or dopen:
                target = []
                stack.append((target, bool(dopen)))
            elif close or dclose:
                if not stack:
                    raise _Unsupported
                items, is_dict = stack.pop()
                if is_dict != bool(dclose) or len(items) > MAX_ITEMS:
                    raise _Unsupported
                target = stack[-1][0] if stack else operands
                target.append(ArrayObject(items) if not is_dict else _dictionary(items, DictionaryObject, NameObject))
            else:
                raise _Unsupported  # bad
    except (_Unsupported, ValueError, UnicodeDecodeError):
        return None
    if stack or operands:
        return None  # an array left open, or operands with no operator at the end: as pypdf reads them
    return ops


def _dictionary(items: list[Any], dictionary: Any, name: Any) -> Any:
    if len(items) % 2:
        raise _Unsupported
    keys = items[0::2]
    if not all(type(k) is name for k in keys) or len(set(keys)) != len(keys):
        raise _Unsupported  # what pypdf warns about (a key not a name, a key twice)
    out = dictionary()
    out.update(zip(keys, items[1::2], strict=True))
    return out


def preparse_page(page: Any, reader: Any) -> bool:
    """Give ``page`` its content stream already read (see the module doc); False when it is left
    to pypdf (nothing changed)."""
    from pypdf.generic import ArrayObject, ContentStream, NameObject, StreamObject

    contents = page.get("/Contents")
    if contents is None:
        return False
    try:
        obj = contents.get_object()
        if isinstance(obj, ContentStream) or not isinstance(obj, (StreamObject, ArrayObject)):
            return False  # already read, or not a stream: as pypdf does it
        stream = ContentStream(obj, reader, "bytes")
        data = stream.get_data()
    except Exception:  # a damaged stream: pypdf's own reading reports it as it does
        return False
    ops = parse_operations(data)
    if ops is None:
        return False
    stream.operations = ops
    page[NameObject("/Contents")] = stream
    return True
