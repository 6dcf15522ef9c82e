"""The phrase syntax of the rule packs, compiled to regular expressions (see ``lang/README.md``).

* words separated by spaces match across any whitespace (and a hyphen where the phrase has one);
* ``word*`` matches the stem and any word ending (``collect*`` → collect, collecte, collectons);
* ``~`` stands for a gap of up to four words (``ne ~ pas``), ``~~`` for up to sixteen;
* ``'`` matches both ASCII and typographic apostrophes; ``.`` is a literal dot;
* ``(a|b)``, ``?`` and ``[...]`` keep their regex meaning;
* a phrase starting with ``re:`` is a raw regular expression (no unbounded wildcards).
"""

from __future__ import annotations

import regex

FLAGS = regex.IGNORECASE | regex.UNICODE | regex.V0


class PackError(ValueError):
    """A rule pack does not validate."""




# a gap's word ends at whitespace (and commas) or an apostrophe; an opening quotation mark after the
# whitespace belongs to the separator, so that the phrase after the gap can start on the quoted word
# ("zmienić, klikając link „Ustawienia prywatności”", « Paramètres »)
# The word is read whole, without giving characters back ("(?>…)"): a shorter word would leave a
# character that no separator starts with (the same matches, found without the back-tracking that
# cost a failing try of a sixteen-word gap half its time). A dot or colon inside a word is part of
# it: a web address or a service named by its domain ("Genom att använda Klubbslaget.se godkänner
# du", "Ved å bruke Fiskekortet.no godtar du"), a case ending after a colon ("Ltd:lle"); a dot before
# a space still ends the gap ("t.ex. ", a sentence's end). A hyphen after the whitespace that joins a
# word to a name of several words belongs to the separator, as a quotation mark does: the phrase after
# the gap can start on that word ("näyttää sinulle Apila Plus -mainoksia", "Google Analytics -työkalu")
_TOKEN = r"(?>(?:[^\s.;:!?,'’]++|[:.](?=\w))+)(?:[\s,\u00a0]+(?:[„“«\"]|-(?=\w))?|['’])"
_GAP = {"~": r"(?:" + _TOKEN + r"){0,4}?", "~~": r"(?:" + _TOKEN + r"){0,16}?"}
_SPACE = r"[\s\u00a0]+"


def _matching_paren(phrase: str, i: int) -> int:
    depth = 0
    for k in range(i, len(phrase)):
        if phrase[k] == "(":
            depth += 1
        elif phrase[k] == ")":
            depth -= 1
            if depth == 0:
                return k
    raise PackError(f"unbalanced ( in phrase {phrase!r}")


_PLUS = regex.compile(r"(?<!\\)\+")


def phrase_to_regex(phrase: str) -> str:
    """Translate the phrase syntax above into a regex source string."""
    if phrase.startswith("re:"):
        return phrase[3:]
    if _PLUS.search(phrase):
        # "fulfil+" would match "fulfil+" only: a phrase's "+" is no repeat (write "fulfill?", "\\+")
        raise PackError(f"'+' in phrase {phrase!r} is no repeat: write the forms out, or a 're:' pattern")
    body = _convert(phrase)
    first = phrase.lstrip("(")[:1]
    last = phrase.rstrip(")?*")[-1:] if phrase.rstrip(")?*") else ""
    lead = r"(?<![\w])" if (first.isalnum() or first in "'’*") else ""
    trail = r"(?![\w])" if (last.isalnum() and not phrase.endswith("*")) else ""
    return f"{lead}(?:{body}){trail}"


def _convert(phrase: str) -> str:
    out: list[str] = []
    i = 0
    n = len(phrase)
    while i < n:
        ch = phrase[i]
        if ch == "~":
            gap = "~~" if phrase[i : i + 2] == "~~" else "~"
            # "a ~ b": the gap takes the place of the spaces around it (and of commas)
            if out and out[-1] == _SPACE:
                out[-1] = r"[\s,\u00a0]+"
            out.append(_GAP[gap])
            i += len(gap)
            while i < n and phrase[i] == " ":
                i += 1
            continue
        if ch == " ":
            while i < n and phrase[i] == " ":
                i += 1
            if i < n and phrase[i] == "?":
                out.append(r"[\s\u00a0]*")  # "time ?zone": an optional space
                i += 1
                continue
            if i < n and phrase[i] == "(":
                k = _matching_paren(phrase, i)
                if phrase[k + 1 : k + 2] == "?" and phrase[k + 2 : k + 3] in ("", " "):
                    # "word (optional group)?": the space is optional with the group
                    out.append("(?:" + _SPACE + "(?:" + _convert(phrase[i + 1 : k]) + "))?")
                    i = k + 2
                    continue
            out.append(_SPACE)
            continue
        if ch == "[":
            j = phrase.find("]", i + 1)
            if j < 0:
                raise PackError(f"unclosed [ in phrase {phrase!r}")
            out.append(phrase[i : j + 1])
            i = j + 1
            continue
        if ch == "-":
            out.append(r"[-\u2010\u2011\s]?")
        elif ch == "*":
            out.append(r"\w*")
        elif ch in "'’":
            out.append(r"['’`´]")
        elif ch == ".":
            out.append(r"\.")
        elif ch == "\\" and i + 1 < n:
            out.append(phrase[i : i + 2])
            i += 2
            continue
        elif ch in "()|?":
            out.append(ch)
        elif ch in "+{}^$]":
            out.append("\\" + ch)
        else:
            out.append(regex.escape(ch) if not ch.isalnum() else ch)
        i += 1
    return "".join(out)


# ".*" / ".+" anywhere, or a group repeated without bound that itself ends in a repeat: "(a+)+"
_UNBOUNDED = regex.compile(r"(?<!\\)\.[*+]|[*+]\)[*+]")


def check_bounded(pattern: str) -> None:
    """Refuse raw patterns with unbounded wildcards (catastrophic backtracking risk)."""
    if _UNBOUNDED.search(pattern):
        raise PackError(f"unbounded wildcard in pattern {pattern!r}: use a bounded repeat like {{0,40}}")


def _split_top(group: str) -> list[str]:
    """Split a group's content at its top-level ``|``."""
    parts, depth, cur = [], 0, []
    for ch in group:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def expand_leading(phrase: str, depth: int = 2) -> list[str]:
    """Expand a phrase's leading group into one phrase per alternative, so that each starts
    with a literal: the regex engine finds literal prefixes fast, alternations slowly.
    ``(a|b) c`` → ``a c``, ``b c``; ``(a )?b`` → ``a b``, ``b``."""
    if depth == 0 or not phrase.startswith("(") or phrase.startswith("re:"):
        return [phrase]
    try:
        k = _matching_paren(phrase, 0)
    except PackError:
        return [phrase]
    alts = _split_top(phrase[1:k])
    rest = phrase[k + 1 :]
    optional = rest.startswith("?")
    if optional:
        rest = rest[1:]
    if any(not a for a in alts) or (rest[:1] == "*"):
        return [phrase]
    out = [a + rest for a in alts]
    if optional:
        out.append(rest.lstrip(" "))
    if not all(out) or len(out) > 16:
        return [phrase]
    expanded: list[str] = []
    for o in out:
        expanded.extend(expand_leading(o, depth - 1))
    return expanded if len(expanded) <= 24 else out


def compile_scanners(phrases: list[str], where: str) -> list[regex.Pattern[str]]:
    """One pattern per (expanded) phrase, for scanning a whole document fast."""
    out = []
    seen: set[str] = set()
    for p in phrases:
        for e in expand_leading(p):
            src = phrase_to_regex(e)
            if src in seen:
                continue
            seen.add(src)
            try:
                out.append(regex.compile(src, FLAGS))
            except regex.error as exc:
                raise PackError(f"{where}: bad phrase {p!r}: {exc}") from exc
    return out


def compile_phrases(phrases: list[str], where: str) -> regex.Pattern[str] | None:
    if not phrases:
        return None
    sources = []
    for p in phrases:
        src = phrase_to_regex(p)
        if p.startswith("re:"):
            check_bounded(src)
        try:
            regex.compile(src, FLAGS)
        except regex.error as exc:
            raise PackError(f"{where}: bad phrase {p!r}: {exc}") from exc
        sources.append(src)
    # longest alternatives first so that the longest phrase wins at a position
    sources.sort(key=len, reverse=True)
    return regex.compile("|".join(sources), FLAGS)


