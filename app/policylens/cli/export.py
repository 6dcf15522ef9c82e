"""``policylens export FILE -o OUT``: the summary as a one-page PDF/PNG, HTML or Markdown."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "export",
        help="write a one-page summary (PDF, PNG, HTML, Markdown)",
        description="Write the summary of a saved policy as a one-page PDF or PNG, a self-contained "
        "HTML file or Markdown. The format comes from the output's extension.",
    )
    p.add_argument("file", metavar="FILE", help="the saved policy")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="OUT.pdf, OUT.html, OUT.md or OUT.png")
    p.add_argument("--format", choices=("pdf", "html", "md", "png"), help="the format (default: from OUT)")
    p.add_argument("--paper", choices=("a4", "letter"), type=str.lower,
                   help="paper size of PDF and PNG (default: from the system locale)")
    p.add_argument("--ui-lang", metavar="CODE", help="language of the summary's words (en, fr, sv, de, es)")
    p.add_argument("--lang", metavar="CODE", help="the policy's language (default: detected)")
    p.add_argument("--force", "-f", action="store_true", help="replace OUT if it exists")
    p.add_argument("--full", action="store_true",
                   help="a full report (every finding with its evidence; PDF, HTML or Markdown)")
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from policylens.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, printable
    from policylens.core import errors
    from policylens.export import ExportError, OutputExists, export, format_for
    from policylens.export.content import cli_pointer
    from policylens.pipeline import summarize
    from policylens.tr import error_text

    out = Path(args.output)
    try:
        fmt = format_for(out, args.format)
        if args.full and fmt == "png":
            raise ExportError(reason="the full report is not available as PNG (use PDF, HTML or Markdown)")
        if out.exists() and not args.force:
            raise OutputExists(path=str(out))
        if out.is_dir():
            raise ExportError(reason=f"{out} is a directory")
        if not out.resolve().parent.is_dir():
            raise ExportError(reason=f"the folder of {out} does not exist")
    except ExportError as exc:
        print(printable(f"policylens: {error_text(exc, args.ui_lang)}", one_line=True), file=sys.stderr)
        return EXIT_USAGE
    try:
        summary = summarize(args.file, lang=args.lang)
    except errors.PolicyLensError as exc:
        print(printable(f"policylens: {args.file}: {error_text(exc, args.ui_lang)}", one_line=True), file=sys.stderr)
        return exc.exit_code if exc.exit_code else EXIT_INPUT
    except MemoryError:
        print(printable(f"policylens: {args.file}: not enough memory to analyse this file", one_line=True),
              file=sys.stderr)
        return EXIT_INPUT
    if fmt in ("pdf", "png"):
        from policylens.export.qtapp import ensure_gui_app

        ensure_gui_app()  # before translations install a plain core application
    try:
        export(summary, out, fmt=fmt, paper=args.paper, ui_lang=args.ui_lang, force=args.force, full=args.full,
               pointer=cli_pointer(args.file, args.ui_lang))
    except ExportError as exc:
        print(printable(f"policylens: {error_text(exc, args.ui_lang)}", one_line=True), file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        print(printable(f"policylens: {out}: {exc.strerror or exc}", one_line=True), file=sys.stderr)
        return 1
    return EXIT_OK
