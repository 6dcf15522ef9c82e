"""The letter templates: one TOML file per language, all of the same shape, checked on load.

A template holds the regulation's name, the official titles of the articles the letters cite,
the markers of the fields the user fills in (``[your name]``), a few labels and sentences shared
by every letter, and a subject and body per request. ``{placeholders}`` are filled by PolicyLens;
each text may use only the placeholders listed for it here, and every text is checked for them
when the file is loaded, so a template with a typo fails at once and not in a user's letter.
"""

from __future__ import annotations

import functools
import re
import string
import tomllib
from dataclasses import dataclass
from importlib import resources

GDPR_LANGUAGES = ("en", "fr", "sv", "de", "es", "it", "nl", "pt", "pl", "da", "no", "fi")
REQUESTS = ("access", "erasure", "rectification", "objection", "portability", "withdraw", "complaint")
# the article each request rests on (Art. 7(3) for withdrawing consent)
ARTICLE = {
    "access": "15",
    "erasure": "17",
    "rectification": "16",
    "objection": "21",
    "portability": "20",
    "withdraw": "7",
    "complaint": "77",
}
ARTICLES = ("7", "15", "16", "17", "20", "21", "77")  # the titles the letters quote
FIELDS = (
    "name", "postal", "account", "date", "request_date", "details", "grounds",
    "controller", "controller_address", "controller_email",
)
USER_FIELDS = ("name", "postal", "account", "date", "request_date", "details", "grounds")

# the placeholders each text may use
_COMMON = {"controller", "service"}
LABELS = {
    "subject": {"subject"},
    "email": {"email"},
    "date": {"date"},
    "account": {"account"},
    "attachments": set(),
}
TEXTS = {
    "greeting": set(),
    "deadline": set(),
    "identify": {"name", "account"},
    "complainant": {"name", "postal", "account"},
    "closing": set(),
}
SUBJECT_ARGS = _COMMON
BODY_ARGS = {
    "access": _COMMON | {"title"},
    "erasure": _COMMON | {"title"},
    "rectification": _COMMON | {"title", "details"},
    "objection": _COMMON | {"title", "grounds"},
    "portability": _COMMON | {"title"},
    "withdraw": _COMMON | {"title"},
    "complaint": _COMMON | {"title", "controller_email", "request_date"},
}

# CCPA/CPRA requests (California): one English file; REQUEST names map onto the CCPA's rights
CCPA_REQUESTS = ("access", "erasure", "rectification", "objection")
CCPA_BODY_ARGS = {r: _COMMON | ({"details"} if r == "rectification" else set()) for r in CCPA_REQUESTS}
CCPA_TEXTS = {"greeting": set(), "deadline": set(), "identify": {"name", "account"}, "closing": set()}


class TemplateError(ValueError):
    """A template file is missing, malformed or of the wrong shape (a bug in PolicyLens's data)."""


@dataclass(frozen=True)
class Request:
    subject: str
    body: str


@dataclass(frozen=True)
class Template:
    language: str
    law: str  # "gdpr" or "ccpa"
    regulation: str
    articles: dict[str, str]
    fields: dict[str, str]
    labels: dict[str, str]
    text: dict[str, str]
    requests: dict[str, Request]


_MARKER = re.compile(r"\[[^\[\]\n]+\]")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _check_text(where: str, text: object, allowed: set[str]) -> str:
    if not isinstance(text, str) or not text.strip():
        raise TemplateError(f"{where}: missing or empty")
    try:
        used = placeholders(text)
    except ValueError as exc:
        raise TemplateError(f"{where}: {exc}") from None
    if "" in used or used - allowed:
        raise TemplateError(f"{where}: unknown placeholder(s) {sorted(used - allowed) or ['{}']}")
    return text


def _table(data: dict, key: str, where: str) -> dict:
    value = data.get(key)
    if not isinstance(value, dict):
        raise TemplateError(f"{where}: no [{key}] table")
    return value


def _exact(table: dict, keys: tuple[str, ...] | set[str], where: str) -> None:
    missing, extra = set(keys) - set(table), set(table) - set(keys)
    if missing or extra:
        raise TemplateError(f"{where}: missing {sorted(missing)}, unexpected {sorted(extra)}")


def parse(data: dict, name: str, law: str = "gdpr") -> Template:
    """A checked :class:`Template` from the parsed TOML ``data`` of file ``name``."""
    language = data.get("language")
    if not isinstance(language, str):
        raise TemplateError(f"{name}: no language")
    if law == "ccpa":
        req_names: tuple[str, ...] = CCPA_REQUESTS
        body_args, texts, articles = CCPA_BODY_ARGS, CCPA_TEXTS, ()
        fields: tuple[str, ...] = ("name", "postal", "account", "date", "details", "controller",
                                   "controller_address", "controller_email")
    else:
        req_names, body_args, texts, articles, fields = REQUESTS, BODY_ARGS, TEXTS, ARTICLES, FIELDS
    expected_top = {"language", "regulation", "articles", "fields", "labels", "text", "requests"}
    if set(data) != expected_top:
        raise TemplateError(f"{name}: top-level keys {sorted(data)} (want {sorted(expected_top)})")
    regulation = _check_text(f"{name}: regulation", data.get("regulation"), set())
    arts = _table(data, "articles", name)
    _exact(arts, articles, f"{name} [articles]")
    for k, v in arts.items():
        _check_text(f"{name} articles.{k}", v, set())
    flds = _table(data, "fields", name)
    _exact(flds, fields, f"{name} [fields]")
    for k, v in flds.items():
        _check_text(f"{name} fields.{k}", v, set())
        if not _MARKER.fullmatch(v):
            raise TemplateError(f"{name} fields.{k}: a field must be one [bracketed] marker")
    labels = _table(data, "labels", name)
    _exact(labels, LABELS.keys(), f"{name} [labels]")
    for k, v in labels.items():
        _check_text(f"{name} labels.{k}", v, LABELS[k])
    text = _table(data, "text", name)
    _exact(text, texts.keys(), f"{name} [text]")
    for k, v in text.items():
        _check_text(f"{name} text.{k}", v, texts[k])
    reqs = _table(data, "requests", name)
    _exact(reqs, req_names, f"{name} [requests]")
    requests: dict[str, Request] = {}
    for r in req_names:
        item = reqs[r]
        if not isinstance(item, dict) or set(item) != {"subject", "body"}:
            raise TemplateError(f"{name} requests.{r}: needs exactly subject and body")
        subject = _check_text(f"{name} requests.{r}.subject", item["subject"], SUBJECT_ARGS)
        body = _check_text(f"{name} requests.{r}.body", item["body"], body_args[r])
        requests[r] = Request(subject.strip(), body.strip())
    # the only [bracketed] text outside [fields] is a fixed label (e.g. "[attachments]")
    return Template(
        language=language,
        law=law,
        regulation=regulation,
        articles=dict(arts),
        fields=dict(flds),
        labels=dict(labels),
        text={k: v.strip() for k, v in text.items()},
        requests=requests,
    )


def _read(file_name: str) -> dict:
    res = resources.files("policylens.core.letters").joinpath("templates", file_name)
    try:
        return tomllib.loads(res.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateError(f"{file_name}: no such template") from None
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{file_name}: {exc}") from None


@functools.cache
def load(language: str, law: str = "gdpr") -> Template:
    """The checked template for ``language`` (GDPR: one of :data:`GDPR_LANGUAGES`; CCPA: ``en``)."""
    if law == "ccpa":
        tpl = parse(_read("ccpa-en.toml"), "ccpa-en.toml", law="ccpa")
    else:
        if language not in GDPR_LANGUAGES:
            raise TemplateError(f"no letter template for language {language!r}")
        tpl = parse(_read(f"{language}.toml"), f"{language}.toml")
    if law != "ccpa" and tpl.language != language:
        raise TemplateError(f"{language}.toml says language = {tpl.language!r}")
    return tpl
