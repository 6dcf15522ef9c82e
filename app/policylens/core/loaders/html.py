"""Web pages saved from a browser (.html): the policy, without the page around it.

1. The bytes are decoded with the charset the page declares (BOM, ``<meta charset>``,
   ``<meta http-equiv>``, XML declaration), else by the plain-text rules.
2. lxml parses the page (no network, no entities, no DTD); what is never policy text is removed:
   scripts, styles, forms, buttons (an accordion's question, a heading inside a button, stays),
   navigation, hidden elements (a collapsed accordion answer or tab panel, which a click shows,
   stays), text for screen readers only ("opens in a new window"), consent and newsletter dialogs
   by their markup (``role=dialog``, ``aria-modal``, the consent tools' ids and classes: OneTrust,
   Cookiebot, Didomi, Axeptio, CookieYes, tarteaucitron, Sourcepoint …) whatever their size unless
   they hold the main content, and the site's header, footer, menus and side bars by their role or
   their class and id names. Names match whole tokens ("site-footer", "cookie-banner"), never a
   word inside a longer name ("information-sharing", "navigation-block"); inside the main region,
   and around an ``h1``/``h2``, only what is mostly links goes. A space is put between inline
   elements the page shows apart but writes glued ("entreprise" + "Dans").
3. The main region (``<main>``, ``role=main``, the largest ``<article>``, else ``<body>``) is walked
   into blocks: ``h1``–``h6`` headings, paragraphs, list items with their nesting, table rows.
4. On a page that marks no main region, trafilatura finds the main content of the cleaned page; the
   element holding what it found is walked (or trafilatura's own text used). A marked main region is
   walked as it is.

Nothing is fetched: no URL is given to trafilatura, lxml loads no DTD or external entity, images
and frames are dropped.
"""

from __future__ import annotations

import codecs
import copy
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from policylens.core import errors
from policylens.core.document import Block
from policylens.core.loaders._builder import TextBuilder, clean_inline
from policylens.core.loaders.text import decode_text_with_encoding

# ------------------------------------------------------------------------------------------ decoding

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.()-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# WHATWG encoding labels that mean something else than Python's codec of the same name
_LABEL_OVERRIDES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "ascii": "cp1252", "us-ascii": "cp1252", "iso-8859-9": "cp1254", "latin5": "cp1254",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "x-sjis": "shift_jis",
    "tis-620": "cp874", "iso-8859-11": "cp874", "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
    "unicode": "utf-8", "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
}


def normalise_charset(label: str | None) -> str | None:
    """A Python codec for an HTML/MIME charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABEL_OVERRIDES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta>`` or XML declaration)."""
    head = data[:16384]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return normalise_charset(m.group(1).decode("ascii", "replace")) if m else None


def decode_html(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode a page: a BOM wins, then ``charset`` (e.g. from a MIME header), then the page's own
    declaration, then the plain-text rules. Returns (text, codec)."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text_with_encoding(data)
    for enc in (normalise_charset(charset), declared_charset(data)):
        if enc and not enc.startswith("utf-16"):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                continue
    return decode_text_with_encoding(data)


# ------------------------------------------------------------------------------------------ cleaning

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "figure",
    "figcaption", "address", "details", "summary", "hr", "center", "fieldset", "legend", "body", "html",
    "hgroup", "dir", "listing", "plaintext", "xmp", "form", "noframes", *HEADINGS,
}
_CELL_TAGS = {"td", "th"}
_LIST_TAGS = {"ul", "ol", "dir", "menu"}
MIN_TEXT = 200  # characters: below this a region or an extraction is "too little"
MAIN_SHARE = 0.25  # of the cleaned page's text: a <main> holding less is not where the policy is
# no policy comes near this; 64 MB of "<li>a</li>" (6.7 million) took 3 minutes and 3 GB to walk
MAX_ELEMENTS = 2_000_000
TRAFILATURA_MAX_ELEMENTS = 50_000  # larger pages are walked alone (see _worth_trafilatura)
TRAFILATURA_MAX_TEXT = 2_000_000  # characters


def _parse(html: str) -> lxml.html.HtmlElement:
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)  # lxml refuses str with an encoding declaration
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=True, remove_blank_text=False
    )
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except etree.ParserError as exc:  # "Document is empty"
        raise errors.EmptyDocument() from exc
    except (etree.LxmlError, ValueError) as exc:
        raise errors.CorruptDocument(kind="HTML", reason=str(exc)[:160] or type(exc).__name__) from exc
    for entry in parser.error_log:
        if "Excessive depth" in entry.message or entry.type_name == "ERR_RESOURCE_LIMIT":
            raise errors.CorruptDocument(kind="HTML", reason="its elements are nested too deeply")
    if sum(1 for _ in itertools.islice(root.iter(), MAX_ELEMENTS + 1)) > MAX_ELEMENTS:
        raise errors.CorruptDocument(kind="HTML", reason=f"it has more than {MAX_ELEMENTS:,} elements")
    return root


def _text_len(el: etree._Element) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def _is_hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
    "svg", "math", "canvas", "form", "button", "select", "input", "textarea", "option", "label", "nav",
    "audio", "video", "picture", "img", "map", "area", "link", "meta", "aside", "menu", "datalist",
    "output", "progress", "meter", "source", "track",
)
_DROP_ROLES = {
    "navigation", "banner", "contentinfo", "search", "menu", "menubar",
    "complementary", "toolbar", "tablist", "alert", "status",
}
_DIALOG_ROLES = {"dialog", "alertdialog"}
# class and id tokens ("site-footer", "cookie_banner", "navbar") are split at - and _: a token is
# boilerplate when all its parts are layout words and at least one names boilerplate; a word inside
# a longer name ("information-sharing", "how-we-share-data", "navigation-block") is not enough
_BOILER_WORDS = frozenset(
    [
        "cookie", "cookies", "banner", "popup", "modal", "overlay", "newsletter", "subscribe", "subscription",
        "breadcrumb", "breadcrumbs", "skiplink", "skip", "share", "sharing", "social", "navbar", "nav", "navigation",
        "menu", "sidebar", "sidenav", "footer", "header", "masthead", "toolbar", "advert", "advertisement", "ads",
        "ad", "promo", "related", "backtotop", "print", "language", "languages", "lang", "switcher", "locale",
        "topbar"
    ]
)
_LAYOUT_WORDS = frozenset(
    [
        "site", "page", "global", "main", "top", "bottom", "primary", "secondary", "wrapper", "wrap", "container",
        "inner", "outer", "bar", "area", "region", "box", "panel", "holder", "links", "link", "to", "back", "js", "l",
        "m", "c", "desktop", "mobile", "sticky", "fixed", "widget"
    ]
)
# a token naming a part of the page that is never the policy, whatever it is made of
_BOILER_TOKENS = frozenset(
    [
        "skip-link", "skip-to-content", "skip-nav", "back-to-top", "print-link", "language-switcher", "lang-switcher",
        "site-header", "site-footer", "page-footer", "page-header", "global-header", "global-footer"
    ]
)
# consent managers and pop-ups, by the prefixes of their markup: removed whatever their size
_CONSENT = re.compile(
    r"^(?!.*(?:polic|declaration|list|table))"  # the cookie list a tool draws inside a cookie policy is content
    r"(?:onetrust|ot-sdk|ot-pc|optanon|cybotcookiebot|cookiebot|cookiebanner|didomi|axeptio|cky-|cookieyes|"
    r"cli-(?:modal|bar|popup|settings)|cookie-law-info|tarteaucitron|sp_message|sp-message|qc-cmp|usercentrics|"
    r"uc-banner|truste-|truste_|trustarc|osano|cmplz|iubenda-cs|klaro|borlabs|moove_gdpr|cookie-?consent|"
    r"cookie-?notice|cookie-?banner|cookie-?bar|cookie-?popup|cookie-?modal|cookie-?wall|cc-window|cc-banner|"
    r"cc_banner|gdpr-?banner|gdpr-?consent|consent-?banner|consent-?modal|consent-?popup|"
    r"newsletter-?(?:popup|modal|overlay|signup)|popup-?newsletter|modal-?newsletter)",
    re.IGNORECASE,
)
# text for screen readers only: "(opens in a new window)", "Skip to content"
_SCREEN_READER_ONLY = frozenset(
    [
        "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
        "screenreader-only", "sr-text", "a11y-hidden", "u-visually-hidden", "assistive-text"
    ]
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPLIT_NAME = re.compile(r"[-_]+")
MOSTLY_LINKS = 0.5  # share of an element's text inside links above which it is a menu


def _tokens(el: etree._Element) -> list[str]:
    return f"{el.get('id') or ''} {el.get('class') or ''}".lower().split()


@functools.lru_cache(maxsize=4096)
def is_boilerplate_name(token: str) -> bool:
    """Whether one class or id token names page furniture (see :data:`_BOILER_WORDS`)."""
    token = token.lower()
    if token in _BOILER_TOKENS:
        return True
    parts = [p for p in _SPLIT_NAME.split(token) if p]
    if not parts or len(parts) > 4:
        return False
    return all(p in _BOILER_WORDS or p in _LAYOUT_WORDS for p in parts) and any(p in _BOILER_WORDS for p in parts)


def is_consent_markup(el: etree._Element) -> bool:
    """A consent banner or a pop-up dialog, by its markup."""
    if el.tag == "dialog" or (el.get("role") or "").lower() in _DIALOG_ROLES:
        return True
    if (el.get("aria-modal") or "").lower() == "true":
        return True
    return any(_is_consent_token(t) for t in _tokens(el))


@functools.lru_cache(maxsize=4096)
def _is_consent_token(token: str) -> bool:
    return _CONSENT.match(token) is not None


def _remove(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    el.drop_tree() if isinstance(el, lxml.html.HtmlElement) else parent.remove(el)


def _has_heading(el: etree._Element, tags: tuple[str, ...] = tuple(HEADINGS)) -> bool:
    return any(True for _ in itertools.islice(el.iter(*tags), 1))


def _mostly_links(el: etree._Element) -> bool:
    total = _text_len(el)
    if not total:
        return True
    links = sum(_text_len(a) for a in el.iter("a") if not _inside(a, ("a",)))
    return links > MOSTLY_LINKS * total


def _marked_main(body: etree._Element, total: int) -> etree._Element | None:
    """The page's main region when its markup says so (``<main>``, ``role=main``, a large
    ``<article>``), before anything is removed; None when only the whole body will do."""
    region, how = main_region(body.getparent() if body.getparent() is not None else body)
    return None if how == "body" else region


def _holds_main(el: etree._Element, main: etree._Element | None, total: int) -> bool:
    """True when removing ``el`` would remove the policy itself."""
    if main is not None:
        return el is main or any(a is el for a in main.iterancestors())
    if el.tag in ("main", "article", "body", "html"):
        return True
    if el.find(".//main") is not None or el.find(".//article") is not None or el.find(".//h1") is not None:
        return True
    return _text_len(el) > 0.4 * total


def clean_tree(root: lxml.html.HtmlElement) -> None:
    """Remove from the page what is never the policy (see the module doc)."""
    body = root.find("body")
    if body is None:
        body = root
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is None:
            continue
        if el.tag == "form" and _text_len(el) > 2000:
            el.tag = "div"  # a page wrapped in one big <form> (ASP.NET): keep its content
            continue
        if el.tag == "button" and _has_heading(el):
            el.tag = "div"  # the question of an accordion (FAQ) is a heading drawn as a button
            continue
        _remove(el)
    total = max(1, _text_len(body))
    main = _marked_main(body, total)
    controlled = {i for el in body.iter() if isinstance(el.tag, str) for i in (el.get("aria-controls") or "").split()}
    for el in list(body.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el is body:
            continue
        tokens = _tokens(el)
        if is_consent_markup(el):
            if not _holds_main(el, main, total):
                _remove(el)
            continue
        if _is_hidden(el):
            # a collapsed answer of an accordion or a tab panel is shown on a click: it stays
            if not (el.get("id") in controlled and not _mostly_links(el)):
                _remove(el)
            continue
        if tokens and _SCREEN_READER_ONLY.intersection(tokens) and _text_len(el) <= 60:
            _remove(el)  # "(opens in a new window)": read aloud to the blind, not shown
            continue
        role = (el.get("role") or "").lower()
        furniture = (
            role in _DROP_ROLES
            or (el.tag in ("header", "footer") and not _inside(el, ("main", "article")))
            or any(is_boilerplate_name(t) for t in tokens)
        )
        if not furniture or _holds_main(el, main, total):
            continue
        if main is not None and any(a is main for a in el.iterancestors()) and not _mostly_links(el):
            continue  # inside the policy: a section named "sharing" or "cookies" is the policy
        if _has_heading(el, ("h1", "h2")) and not _mostly_links(el):
            continue
        _remove(el)
    space_inline_elements(body)


_INLINE_TAGS = frozenset(
    [
        "a", "span", "strong", "b", "em", "i", "u", "small", "mark", "code", "abbr", "cite", "q", "time", "font",
        "sub", "sup", "s", "del", "ins", "bdi", "bdo", "data", "dfn", "kbd", "samp", "var", "tt", "big"
    ]
)
_CLOSING_PUNCT = frozenset(".,;:!?)]»”")


def _glued(left: str | None, right: str | None) -> bool:
    """Two pieces of text that the page shows apart although no space separates them in its
    markup: a word ending in lower case followed by one starting in upper case, a sentence end
    followed by a capital ("entreprise" + "Dans", "Policy" + "Personal", "section" + "I.")."""
    if not left or not right:
        return False
    return right.isupper() and (left.islower() or left in _CLOSING_PUNCT)


def _first_char(el: etree._Element) -> str | None:
    for t in el.itertext():
        if t:
            return t[0]
    return None


def _last_char(el: etree._Element) -> str | None:
    last = None
    for t in el.itertext():
        if t:
            last = t[-1]
    return last


def space_inline_elements(root: etree._Element) -> None:
    """Put a space between an inline element and the text glued to it (see :func:`_glued`)."""
    for el in list(root.iter(*_INLINE_TAGS)):
        parent = el.getparent()
        if parent is None:
            continue
        first = _first_char(el)
        if first is None:
            continue
        prev = el.getprevious()
        if prev is not None:
            left = prev.tail[-1] if prev.tail else (_last_char(prev) if prev.tag in _INLINE_TAGS else None)
            if _glued(left, first):
                prev.tail = (prev.tail or "") + " "
        elif parent.text and _glued(parent.text[-1], first):
            parent.text += " "
        nxt = el.getnext()
        if el.tail:
            right = el.tail[0]
        elif nxt is not None and nxt.tag in _INLINE_TAGS:
            right = _first_char(nxt)
        else:
            right = None
        if right is not None and _glued(_last_char(el), right):
            el.tail = " " + (el.tail or "")


def _inside(el: etree._Element, tags: tuple[str, ...]) -> bool:
    return any(a.tag in tags for a in el.iterancestors())


def main_region(root: lxml.html.HtmlElement, share: float = 0.0) -> tuple[etree._Element, str]:
    """The element holding the page's main content, and how it was found. ``share``: the least
    part of the page's text a ``<main>`` must hold (once the page is cleaned, a ``<main>`` holding a
    small part of what is left is a hero banner or a title, not the policy)."""
    body = root.find("body")
    if body is None:
        body = root
    total = max(1, _text_len(body))
    candidates = [(el, "main") for el in body.iter("main")]
    candidates += [(el, "role=main") for el in body.iter() if isinstance(el.tag, str) and el.get("role") == "main"]
    for el, how in candidates:
        if _text_len(el) >= max(min(MIN_TEXT, 0.3 * total), share * total):
            return el, how
    articles = sorted(body.iter("article"), key=_text_len, reverse=True)
    if articles and _text_len(articles[0]) >= 0.3 * total:
        return articles[0], "article"
    return body, "body"


# ------------------------------------------------------------------------------------------ walking


@dataclass(slots=True)
class _Frame:
    kind: str  # heading | paragraph | list_item
    level: int
    tag: str


@dataclass(slots=True)
class _Walker:
    builder: TextBuilder = field(default_factory=TextBuilder)
    buf: list[str] = field(default_factory=list)
    stack: list[_Frame] = field(default_factory=list)
    list_depth: int = 0
    cell_depth: int = 0
    pre_depth: int = 0
    region: etree._Element | None = None

    def context(self) -> _Frame:
        return self.stack[-1] if self.stack else _Frame("paragraph", 0, "")

    def flush(self) -> None:
        if not self.buf:
            return
        text = "".join(self.buf)
        self.buf.clear()
        frame = self.context()
        kind = frame.kind
        text = clean_inline(text)
        if not text:
            return
        if kind == "list_item" and re.fullmatch(r"[\W\d_]{0,3}", text):
            return  # a lone bullet character
        self.builder.add(kind, text, frame.level, clean=False)  # type: ignore[arg-type]

    def add_text(self, text: str | None) -> None:
        if not text:
            return
        if self.pre_depth:
            self.buf.append(text)
        else:
            self.buf.append(text.replace("\r", " ").replace("\n", " "))

    def start(self, el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.split("}")[-1].lower()
        if tag == "br":
            self.buf.append(" " if self.cell_depth else "\n")  # a table row stays one line
            return
        if tag in _CELL_TAGS:
            if self.buf and "".join(self.buf).strip():
                self.buf.append(" | ")
            self.cell_depth += 1
        elif tag in _BLOCK_TAGS and not self.cell_depth:
            self.flush()
        elif tag in _BLOCK_TAGS:
            self.buf.append(" ")
        if tag == "pre":
            self.pre_depth += 1
        if tag in _LIST_TAGS:
            self.list_depth += 1
        if tag in HEADINGS and not self.cell_depth:
            self.stack.append(_Frame("heading", HEADINGS[tag], tag))
        elif tag == "li" and not self.cell_depth:
            self.stack.append(_Frame("list_item", max(1, self.list_depth), tag))
        elif tag in ("tr", "dt", "dd", "caption") and not self.cell_depth:
            self.stack.append(_Frame("paragraph", 0, tag))
        self.add_text(el.text)

    def end(self, el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.split("}")[-1].lower()
        if tag in _CELL_TAGS:
            self.cell_depth = max(0, self.cell_depth - 1)
        elif tag in _BLOCK_TAGS and not self.cell_depth:
            self.flush()
        elif tag in _BLOCK_TAGS:
            self.buf.append(" ")
        if self.stack and self.stack[-1].tag == tag and not self.cell_depth:
            self.stack.pop()
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag in _LIST_TAGS:
            self.list_depth = max(0, self.list_depth - 1)
        if el.tail and el is not self.region:
            self.add_text(el.tail)


def walk(region: etree._Element) -> TextBuilder:
    """Blocks of ``region`` in document order (iterative: any nesting depth)."""
    w = _Walker(region=region)
    for event, el in etree.iterwalk(region, events=("start", "end")):
        if not isinstance(el.tag, str):
            if event == "end" and el.tail:
                w.add_text(el.tail)  # text after a comment or processing instruction
            continue
        if event == "start":
            w.start(el)
        else:
            w.end(el)
    w.flush()
    return w.builder


# ------------------------------------------------------------------------------------------ trafilatura


def trafilatura_module():  # type: ignore[no-untyped-def]
    """The trafilatura module, or None when it cannot be imported (with lxml >= 5.2 it needs the
    separate ``lxml_html_clean`` package: a dependency of PolicyLens, see pyproject.toml)."""
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura


def _trafilatura(root: lxml.html.HtmlElement) -> TextBuilder | None:
    """trafilatura's main content of the cleaned page, as blocks; None when it finds nothing."""
    trafilatura = trafilatura_module()
    if trafilatura is None:
        return None
    try:
        out = trafilatura.extract(
            copy.deepcopy(root),
            output_format="html",
            include_formatting=True,
            include_tables=True,
            include_links=False,
            include_images=False,
            include_comments=False,
            favor_recall=True,
            deduplicate=False,
            with_metadata=False,
        )
    except Exception:  # a heuristic extractor: whatever fails in it, the walk of the region stands
        return None
    if not out:
        return None
    try:
        tree = lxml.html.document_fromstring(out, parser=lxml.html.HTMLParser(no_network=True, huge_tree=True))
    except (etree.LxmlError, ValueError):
        return None
    body = tree.find("body")
    return walk(body if body is not None else tree)


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def _coverage(part: Counter[str], whole: Counter[str]) -> float:
    """Share of ``whole``'s words (with repeats) found in ``part``."""
    n = sum(whole.values())
    if not n:
        return 1.0
    return sum(min(c, part[w]) for w, c in whole.items()) / n


def _container_of(region: etree._Element, words: Counter[str], min_size: int) -> etree._Element | None:
    """The smallest element of ``region`` (of at least ``min_size`` characters) holding 97% of ``words``."""
    need = sum(words.values())
    if not need:
        return None
    # text sizes of every element in one pass from the leaves up (summing each subtree again is
    # quadratic in the page's depth)
    sizes: dict[etree._Element, int] = {}
    for _event, el in etree.iterwalk(region, events=("end",)):
        if isinstance(el.tag, str):
            sizes[el] = len(el.text or "") + sum(sizes.get(c, 0) + len(c.tail or "") for c in el)
    order = {el: i for i, el in enumerate(region.iter()) if el in sizes}  # document order breaks ties
    candidates = sorted((el for el, size in sizes.items() if size >= min_size), key=lambda e: (sizes[e], order[e]))
    for el in candidates:
        if _coverage(_words(" ".join(el.itertext())), words) >= 0.97:
            return el  # the smallest element that holds it
    return None


# ------------------------------------------------------------------------------------------ entry


@dataclass(slots=True)
class Extracted:
    text: str
    blocks: list[Block]
    title: str | None
    meta: dict[str, str]
    site_name: str | None = None


def site_name(root: lxml.html.HtmlElement) -> str | None:
    """The name the page gives its site (``og:site_name``, ``application-name``), if any."""
    for key in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
        for meta in root.iter("meta"):
            if (meta.get("property") or meta.get("name") or "").lower() == key:
                name = clean_inline(meta.get("content") or "")
                if name:
                    return name[:200]
    return None


def page_title(root: lxml.html.HtmlElement) -> str | None:
    el = root.find(".//title")
    title = clean_inline(el.text_content()) if el is not None else ""
    if not title:
        for meta in root.iter("meta"):
            if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
                title = clean_inline(meta.get("content") or "")
                if title:
                    break
    return title[:300] or None


def _worth_trafilatura(root: lxml.html.HtmlElement, walked: TextBuilder) -> bool:
    """Whether trafilatura's second opinion is affordable: it costs about 0.1 ms per element and
    1 s per MB of text, so a page far larger than any policy (a million list items, 20 MB on one
    line) is walked alone rather than kept for minutes."""
    if len(walked) > TRAFILATURA_MAX_TEXT:
        return False
    return sum(1 for _ in itertools.islice(root.iter(), TRAFILATURA_MAX_ELEMENTS + 1)) <= TRAFILATURA_MAX_ELEMENTS


def extract_html(html: str) -> Extracted:
    """Text and blocks of a page's main content. Raises :class:`EmptyDocument` when the page shows
    no text, :class:`CorruptDocument` when it cannot be parsed."""
    root = _parse(html)
    try:
        title = page_title(root)
        site = site_name(root)
        clean_tree(root)
        region, how = main_region(root, share=MAIN_SHARE)
        walked = walk(region)
        # a region the page marks as its main content is read as it is: trafilatura's second opinion
        # (about 1 s for a large page) was only ever taken there when it kept all of it
        wanted = how == "body" and walked.text.strip() and _worth_trafilatura(root, walked)
        traf = _trafilatura(root) if wanted else None
    except RecursionError as exc:
        raise errors.CorruptDocument(kind="HTML", reason="its elements are nested too deeply") from exc
    chosen, extractor = walked, f"lxml ({how})"
    if traf is not None and len(traf) >= MIN_TEXT:
        traf_words = _words(traf.text)
        if len(traf) >= 0.2 * len(walked):
            # no main region: trafilatura finds the content; walk the element holding it, which keeps
            # what trafilatura drops (a short last paragraph, a table cell), unless it holds much more
            container = _container_of(region, traf_words, int(0.8 * len(traf)))
            inner = walk(container) if container is not None else None
            if inner is not None and _coverage(traf_words, _words(inner.text)) >= 0.85:
                chosen, extractor = inner, f"trafilatura + lxml ({container.tag})"  # type: ignore[union-attr]
            else:
                chosen, extractor = traf, "trafilatura"
    if not chosen.text.strip():
        raise errors.EmptyWebPage()
    meta = {"extractor": extractor}
    if trafilatura_module() is None:
        meta["trafilatura"] = "unavailable"
    return Extracted(chosen.text, chosen.blocks, title, meta, site)
