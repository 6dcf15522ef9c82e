"""One language-independent duration parser.

Each rule pack supplies its number words ("deux", "sechs", "dodici") and unit words ("ans",
"timmar", "Monate") mapped to canonical units; this module turns "2 ans", "24 timmar",
"sechs Monate" into days. 24 hours = 1 day, 6 months = 182 days, 2 years = 730 days.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from policylens.core.rules import UNIT_DAYS, Pack


@dataclass(frozen=True, slots=True)
class Duration:
    days: float
    text: str
    start: int  # offsets in the searched string
    end: int
    unit: str
    amount: float
    # a unit word meaning one unit, with no number ("vuoden ajan", "przez rok"): never an age
    bare: bool = False


def to_days(amount: float, unit: str) -> float:
    """Days in ``amount`` ``unit``s: whole days are floored (6 months → 182), shorter spans
    keep two decimals (30 minutes → 0.02)."""
    raw = amount * UNIT_DAYS[unit]
    if raw >= 1:
        return float(math.floor(raw + 1e-9))
    return round(raw, 2)


def _number(token: str, pack: Pack) -> float | None:
    t = token.casefold().replace("\u00a0", " ")
    if t in pack.number_words:
        return pack.number_words[t]
    t = " ".join(t.split())
    if t in pack.number_words:
        return pack.number_words[t]
    try:
        return float(t.replace(",", "."))
    except ValueError:
        return None


# "7, 30 or 60 days", "6, 12 und 24 Monate": numbers listed before a duration, separated by commas
# and one short connecting word of any language, share its unit. A comma is required: "30 and 90
# days" is often a range ("between 30 and 90 days"), and so is a space after it: "1,5 oder 2 Jahre" is
# a decimal; at most three digits: "1. Januar 2024, 30 oder 60 Tage" lists no year.
_LISTED_BEFORE = re.compile(r"(?<![\w.,])((?:\d{1,3},\s+)+\d{1,3})\s*,?\s+[^\W\d_]{1,5}\s+$")
# "13 og 3 måneder", "24 e 12 mesi", "13 and 3 months respectively": without a comma, a number and a
# conjunction (the pack's ``list_split``) before a smaller number's duration share its unit too (a range runs
# from the smaller one: "between 30 and 90 days")
_PAIR_BEFORE = re.compile(r"(?<![\w.,])(\d{1,3})(\s+[^\W\d_]{1,5}\s+)$")


def _listed_before(text: str, m: re.Match[str], unit: str, pack: Pack) -> list[Duration]:
    """The durations of the numbers listed just before the duration ``m`` (see ``_LISTED_BEFORE``)."""
    if not m.group("num").isdigit():
        return []
    head_start = max(0, m.start() - 80)
    lm = _LISTED_BEFORE.search(text[head_start : m.start()])
    if lm is None:
        lm = _PAIR_BEFORE.search(text[head_start : m.start()])
        if (
            lm is None
            or int(lm.group(1)) <= int(m.group("num"))
            or not pack.words.list_split.fullmatch(f" {lm.group(2).strip()} ")
        ):
            return []
    start = head_start + lm.start(1)
    if pack.not_after_end is not None and pack.not_after_end.search(text[max(0, start - 60) : start]):
        return []
    out = []
    for nm in re.finditer(r"\d{1,3}", lm.group(1)):
        amount = float(nm.group(0))
        if 0 < amount <= 10000:
            a, b = start + nm.start(), start + nm.end()
            out.append(Duration(to_days(amount, unit), f"{nm.group(0)} {m.group('unit')}", a, b, unit, amount))
    return out


def find_durations(text: str, pack: Pack) -> list[Duration]:
    """Every duration stated in ``text`` (one sentence, typically)."""
    out: list[Duration] = []
    # numbered durations refused by not_after/not_before: their unit is no bare unit either
    # ("noin seitsemän vuorokauden kuluessa" is not "vuorokauden kuluessa", one day)
    refused: list[tuple[int, int]] = []
    for m in pack.duration_re.finditer(text, timeout=5.0):
        amount = _number(m.group("num"), pack)
        unit = pack.unit_words.get(" ".join(m.group("unit").casefold().split()))
        if amount is None or unit is None or amount <= 0 or amount > 10000:
            continue
        if pack.not_after_end is not None:
            head = text[max(0, m.start() - 60) : m.start()]
            if pack.not_after_end.search(head):
                refused.append((m.start(), m.end()))
                continue
        if pack.not_before_start is not None and pack.not_before_start.match(text, m.end()):
            refused.append((m.start(), m.end()))
            continue
        out.extend(_listed_before(text, m, unit, pack))
        out.append(Duration(to_days(amount, unit), m.group(0), m.start(), m.end(), unit, amount))
    for pat, unit in pack.bare_units:
        for m in pat.finditer(text, timeout=5.0):
            if any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in out):
                continue
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in refused):
                continue
            out.append(Duration(to_days(1, unit), m.group(0), m.start(), m.end(), unit, 1.0, bare=True))
    out.sort(key=lambda d: d.start)
    return _joined(text, out, pack)


def _joined(text: str, found: list[Duration], pack: Pack) -> list[Duration]:
    """One period written in two units joined by the pack's "and" (``durations.and_words``), the
    larger unit first: their sum ("tre år og seks måneder", "two years and six months"); "2 år eller
    6 måneder" stays two."""
    out: list[Duration] = []
    for d in found:
        prev = out[-1] if out else None
        between = text[prev.end : d.start] if prev is not None else ""
        if (
            prev is not None
            and prev.unit in ("year", "month")
            and UNIT_DAYS[prev.unit] > UNIT_DAYS[d.unit] >= 1
            and between[-1:].isspace()
            and between.strip().casefold() in pack.duration_and
        ):
            days = to_days(prev.amount, prev.unit) + to_days(d.amount, d.unit)
            out[-1] = Duration(days, text[prev.start : d.end], prev.start, d.end, prev.unit, prev.amount)
            continue
        out.append(d)
    return out


def parse_duration(text: str, pack: Pack) -> float | None:
    """Days of the first duration in ``text``, or None."""
    found = find_durations(text, pack)
    return found[0].days if found else None
