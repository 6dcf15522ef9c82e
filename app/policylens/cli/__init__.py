"""The ``policylens`` command line.

Exit codes: 0 success, 1 some files failed in a batch, 2 usage error, 3 unreadable input
(missing, empty, binary, no text layer, not a policy), 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from policylens import __version__

if TYPE_CHECKING:
    from policylens.core.document import Document
    from policylens.core.models import Summary

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_INPUT = 3


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


# control characters (C0 but tab and newline, DEL, C1) and line/paragraph separators: a file name
# or a policy's text must not move the cursor, retitle the user's terminal or write its clipboard,
# nor break the one-line error messages. Colour codes (SGR: what the coloured output is made of) may
# stay when colours are on.
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]"
_CONTROLS = re.compile(_CONTROL)
_CONTROLS_BUT_COLORS = re.compile(r"\x1b\[[0-9;]{0,16}m|" + _CONTROL)
_CONTROLS_AND_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    return ch if len(ch) > 1 else repr(ch)[1:-1]  # a colour code is kept, a lone control escaped


def printable(text: str, *, one_line: bool = False, colors: bool = False) -> str:
    """``text`` with control characters shown as escapes (ESC as ``\\x1b``); ``one_line``
    escapes line breaks and tabs too; ``colors`` keeps colour codes."""
    pattern = _CONTROLS_AND_BREAKS if one_line else _CONTROLS_BUT_COLORS if colors else _CONTROLS
    return pattern.sub(_escape, text)


def _say_error(path: str, message: str) -> None:
    print(printable(f"policylens: {path}: {message}", one_line=True), file=sys.stderr)


def cmd_analyze(args: argparse.Namespace) -> int:
    jobs = max(1, int(args.jobs or 1))
    files: list[str] = args.files
    status = EXIT_OK
    failures = 0
    color = sys.stdout.isatty()
    params = [(f, args.lang, args.json, args.markdown, args.ui_lang, color) for f in files]
    pool = None
    results: Iterator[tuple[str | None, str | None, int]]
    if jobs > 1 and len(files) > 1:
        from concurrent.futures import ProcessPoolExecutor

        _preload()
        pool = ProcessPoolExecutor(max_workers=jobs)
        # results stream out in the order given, each as soon as it and those before it are done
        results = pool.map(_analyze_worker, params, chunksize=4)
    else:
        if len(files) == 1:  # one policy: langdetect on lists of floats (the same bits), no numpy import
            from policylens.core import langid

            langid.defer_numpy()
        results = map(_analyze_worker, params)
    try:
        for path, (out, err, code) in zip(files, results, strict=True):
            if err is not None:
                failures += 1
                _say_error(path, err)
                if args.json and len(files) > 1:
                    print(json.dumps({"source": path, "error": err}, ensure_ascii=False), flush=True)
                status = code if len(files) == 1 else EXIT_PARTIAL
                continue
            assert out is not None
            print(out if args.json else printable(out, colors=color), flush=True)
            if not args.json and len(files) > 1:
                print()
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    if len(files) > 1 and failures == len(files):
        return EXIT_INPUT
    return status


def _preload() -> None:
    """Before the workers are forked: import the engine and load langdetect's profiles once, so
    that no worker pays for them again (with the "fork" start method they inherit them)."""
    import gc

    from policylens.core import langid
    from policylens.pipeline import summarize  # noqa: F401
    from policylens.render import render_markdown, render_terminal, summary_json  # noqa: F401

    langid.detect_text("warm up the language profiles")
    gc.freeze()  # the workers' collections need not walk (and so copy) what they inherit


def _analyze_worker(
    params: tuple[str, str | None, bool, bool, str | None, bool],
) -> tuple[str | None, str | None, int]:
    """Analyse one file (in this process or a worker): (output, error, exit code)."""
    path, lang, as_json, as_md, ui_lang, color = params
    from policylens.core import errors
    from policylens.pipeline import summarize
    from policylens.render import render_markdown, render_terminal, summary_json

    try:
        summary = summarize(path, lang=lang)
    except errors.PolicyLensError as exc:
        from policylens.tr import error_text

        return None, error_text(exc, ui_lang), exc.exit_code
    except MemoryError:
        return None, "not enough memory to analyse this file", EXIT_INPUT
    if as_json:
        return summary_json(summary), None, 0
    if as_md:
        return render_markdown(summary, ui_lang=ui_lang), None, 0
    return render_terminal(summary, ui_lang=ui_lang, color=color), None, 0


def text_json(doc: Document) -> dict[str, object]:
    """What ``policylens text --json`` prints: the text, its blocks and how it was read."""
    blocks = []
    for b in doc.blocks:
        piece = doc.text[b.start : b.end]
        # the loaders write a table row as one paragraph of its cells joined by " | "
        kind = "table_row" if b.kind == "paragraph" and " | " in piece else b.kind
        blocks.append({"kind": kind, "level": b.level, "start": b.start, "end": b.end, "text": piece})
    source: dict[str, object] = {
        "name": doc.name,
        "format": doc.format,
        "sha256": doc.sha256,
        "path": doc.path,
        "extractor": doc.meta.get("extractor"),
        "title": doc.title,
        "site_name": doc.site_name,
        "characters": len(doc.text),
        "words": doc.words,
        "meta": dict(doc.meta),
    }
    return {"source": source, "text": doc.text, "blocks": blocks}


def cmd_text(args: argparse.Namespace) -> int:
    """Print the text PolicyLens reads from a file (what the reader shows)."""
    from policylens.core import errors
    from policylens.core.loaders import load_path

    try:
        doc = load_path(args.file)
    except errors.PolicyLensError as exc:
        from policylens.tr import error_text

        _say_error(args.file, error_text(exc, args.ui_lang))
        return exc.exit_code
    except MemoryError:
        _say_error(args.file, "not enough memory to read this file")
        return EXIT_INPUT
    if args.json:
        print(json.dumps(text_json(doc), ensure_ascii=False), flush=True)
    else:
        text = doc.text if doc.text.endswith("\n") else doc.text + "\n"
        sys.stdout.write(printable(text))
        sys.stdout.flush()
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="policylens", description="Read a privacy policy in a minute, offline.")
    parser.add_argument("--version", action="version", version=f"PolicyLens {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("analyze", help="summarise one or more saved policies")
    p.add_argument("files", nargs="+", metavar="FILE")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="one JSON summary per line")
    fmt.add_argument("--markdown", action="store_true", help="a Markdown summary")
    p.add_argument("--lang", metavar="CODE", help="the policy's language (default: detected)")
    p.add_argument("--ui-lang", metavar="CODE", help="language of the summary's words (en, fr, sv, de, es)")
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="analyse with N worker processes")
    p.set_defaults(func=cmd_analyze)

    _register_diff(sub)
    p = sub.add_parser("text", help="print the text PolicyLens reads from a saved policy")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="the text, its blocks and the extractor, as JSON")
    p.add_argument("--ui-lang", metavar="CODE", help="language of error messages (en, fr, sv, de, es)")
    p.set_defaults(func=cmd_text)

    _register_letter(sub)
    for register in _extensions():
        register(sub)
    return parser


# ---------------------------------------------------------------------------- policylens diff


def _register_diff(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "diff",
        help="what changed between two versions of a policy",
        description="Compare two saved versions of a policy (any formats): what changed in what it says "
        "(data collected, recipients, selling, retention, rights, contact, red flags, grade), each change with "
        "the sentence before and after, and how much of the text changed. Exit code 0 also when nothing changed.",
    )
    p.add_argument("old", metavar="OLD", help="the old version")
    p.add_argument("new", metavar="NEW", help="the new version")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="one JSON object (schema policylens.diff/1)")
    fmt.add_argument("--markdown", action="store_true", help="a Markdown report")
    p.add_argument("--ui-lang", metavar="CODE", help="language of the report's words (en, fr, sv, de, es)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="also write the comparison as one page: OUT.pdf, OUT.html or OUT.md")
    p.add_argument("--paper", choices=("a4", "letter"), type=str.lower,
                   help="paper size of a PDF (default: from the locale)")
    p.add_argument("--force", "-f", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=cmd_diff)


def summarize_file(path: str) -> tuple[Document, Summary]:
    """Load and analyse one file the way ``analyze`` does (the one pipeline: through English when
    needed)."""
    from policylens.core.loaders import load_path
    from policylens.pipeline import summarize

    doc = load_path(path)
    return doc, summarize(doc)


def cmd_diff(args: argparse.Namespace) -> int:
    from policylens.core import errors
    from policylens.core.compare import compare
    from policylens.tr import error_text

    if args.output:
        from policylens.export import ExportError, OutputExists
        from policylens.export.comparison import format_for

        try:
            format_for(args.output)
            if Path(args.output).exists() and not args.force:
                raise OutputExists(path=args.output)
        except ExportError as exc:
            print(printable(f"policylens: {error_text(exc, args.ui_lang)}", one_line=True), file=sys.stderr)
            return EXIT_USAGE
    loaded = []
    for path in (args.old, args.new):
        try:
            loaded.append(summarize_file(path))
        except errors.PolicyLensError as exc:
            _say_error(path, error_text(exc, args.ui_lang))
            return exc.exit_code or EXIT_INPUT
        except MemoryError:
            _say_error(path, "not enough memory to analyse this file")
            return EXIT_INPUT
    (old_doc, old), (new_doc, new) = loaded
    result = compare(old, new, old_doc, new_doc)
    if args.output:
        from policylens.export import ExportError
        from policylens.export.comparison import export_comparison, format_for

        if format_for(args.output) == "pdf":
            from policylens.export.qtapp import ensure_gui_app

            ensure_gui_app()  # before translations install a plain core application
        try:
            export_comparison(result, args.output, paper=args.paper, ui_lang=args.ui_lang, force=args.force)
        except ExportError as exc:
            print(printable(f"policylens: {error_text(exc, args.ui_lang)}", one_line=True), file=sys.stderr)
            return exc.exit_code
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
        return EXIT_OK
    from policylens.diff_render import render_diff_markdown, render_diff_terminal

    if args.markdown:
        print(render_diff_markdown(result, args.ui_lang))
    else:
        print(printable(render_diff_terminal(result, args.ui_lang)))
    return EXIT_OK


LETTER_REQUESTS = ("access", "erasure", "rectification", "objection", "portability", "withdraw", "complaint")


def _register_letter(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "letter",
        help="draft a letter to exercise your rights (GDPR; CCPA for US policies) or a complaint",
        description="Draft a request to the company behind POLICY (or, for 'complaint', to the supervisory "
        "authority of --country). The letter goes to stdout (or -o FILE: .txt, .eml, .pdf); where each "
        "address was found, and what is missing, goes to stderr. PolicyLens sends nothing.",
    )
    p.add_argument("request", nargs="?", metavar="REQUEST", help=f"one of: {', '.join(LETTER_REQUESTS)}")
    p.add_argument("policy", nargs="?", metavar="POLICY", help="the saved policy")
    p.add_argument("--list", action="store_true", help="list the requests and the known countries")
    p.add_argument("--country", metavar="CC", help="country of the authority (default: from the locale)")
    p.add_argument("--state", metavar="XX", help="German state of the authority (BY, BE, NW, ...)")
    p.add_argument("--lang", metavar="CODE", help="language of the letter (default: the policy's)")
    p.add_argument("--law", choices=("auto", "gdpr", "ccpa"), default="auto",
                   help="GDPR or California's CCPA (default: from the policy's wording)")
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE (.txt, .eml or .pdf)")
    p.add_argument("--force", "-f", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=cmd_letter)


def _letter_list() -> int:
    from policylens.core import letters as L

    print("Requests (GDPR):")
    for r in L.REQUESTS:
        print(f"  {r:<14} {L.REQUEST_NAMES[r]}")
    print("Requests (CCPA, for US policies):")
    for r in L.CCPA_REQUESTS:
        print(f"  {r:<14} {L.CCPA_NAMES[r]}")
    print("Countries (--country) and their supervisory authority:")
    for cc in L.known_countries():
        if cc == "de":
            continue
        print(f"  {cc}  {L.authority_for(cc).name}")
    print("  de  Germany: the federal authority, or a state's with --state (or --country de-XX):")
    for a in L.german_authorities():
        print(f"      {a.state or '--'}  {a.name}")
    print(f"Source: {L.authority_source()}")
    print(f"Letter languages (--lang): {', '.join(L.GDPR_LANGUAGES)}")
    return EXIT_OK


def cmd_letter(args: argparse.Namespace) -> int:
    if args.list:
        return _letter_list()
    if not args.request or not args.policy:
        print("policylens letter: error: give REQUEST and POLICY (or --list)", file=sys.stderr)
        return EXIT_USAGE
    from policylens.core import errors
    from policylens.core import letters as L
    from policylens.core.loaders import load_path
    from policylens.pipeline import summarize

    if args.request not in LETTER_REQUESTS:
        print(f"policylens letter: error: unknown request {args.request!r} (known: {', '.join(LETTER_REQUESTS)})",
              file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.output) if args.output else None
    if out is not None:
        if out.exists() and not args.force:
            _say_error(str(out), "the file exists (use --force to replace it)")
            return EXIT_USAGE
        if out.is_dir() or not out.resolve().parent.is_dir():
            _say_error(str(out), "not a file in an existing folder")
            return EXIT_USAGE
    country = args.country
    if args.request == "complaint" and not country:
        country = L.country_from_locale()
        if not country:
            print("policylens letter: error: a complaint needs --country (known: "
                  f"{', '.join(L.known_countries())})", file=sys.stderr)
            return EXIT_USAGE
    try:
        if country:
            L.authority_for(country, args.state)  # an unknown code fails before the policy is read
        doc = load_path(args.policy)
        summary = summarize(doc)
        letter = L.draft(summary, args.request, lang=args.lang, text=doc.text, country=country,
                         state=args.state, law=None if args.law == "auto" else args.law)
    except errors.PolicyLensError as exc:
        where = "policylens letter" if isinstance(exc, L.LetterError) else f"policylens: {args.policy}"
        print(printable(f"{where}: {exc}", one_line=True), file=sys.stderr)
        return exc.exit_code
    except MemoryError:
        _say_error(args.policy, "not enough memory to analyse this file")
        return EXIT_INPUT
    for part in letter.parts:
        if part.what == "authority" or not (part.value or part.evidence):
            continue
        quote = " ".join(part.evidence.quote.split()) if part.evidence else ""
        line = f"policylens: {part.what}: {part.value or 'not found'}" + (f" — from: “{quote[:240]}”" if quote else "")
        print(printable(line, one_line=True), file=sys.stderr)
    if letter.authority is not None:
        a = letter.authority
        print(printable(f"policylens: authority: {a.name} ({a.email or a.webform or a.web or '-'}; "
                        f"source: {', '.join(a.sources[:1])})", one_line=True), file=sys.stderr)
    for w in letter.warnings:
        print(printable(f"policylens: warning: {L.WARNINGS[w]}", one_line=True), file=sys.stderr)
    if out is None:
        print(printable(letter.text), end="")
        return EXIT_OK
    from policylens.export.letter import LetterExists, save_letter

    try:
        save_letter(letter, out, force=args.force)
    except LetterExists:
        _say_error(str(out), "the file exists (use --force to replace it)")
        return EXIT_USAGE
    except OSError as exc:
        _say_error(str(out), exc.strerror or str(exc))
        return EXIT_PARTIAL
    return EXIT_OK


def _extensions() -> list[Callable[[argparse._SubParsersAction[_Parser]], None]]:
    """Sub-commands in modules of their own: export, translation and packages."""
    from policylens.cli import export, translate

    return [export.register, translate.register]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if getattr(args, "lang", None):
        from policylens.core.rules import SUPPORTED

        if args.lang not in SUPPORTED:
            print(
                f"policylens: error: no rule pack for language {args.lang!r} (have: {', '.join(SUPPORTED)})",
                file=sys.stderr,
            )
            return EXIT_USAGE
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("policylens: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _path(s: str) -> Path:
    return Path(s)


if __name__ == "__main__":
    sys.exit(main())
