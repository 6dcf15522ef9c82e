"""``policylens translate`` and ``policylens packs`` (registered by ``policylens.cli``).

Exit codes as the rest of the CLI: 0 ok, 2 usage (e.g. the output file exists), 3 cannot be done
(no package for the pair, bad package, the index or a download cannot be reached), 130 cancelled.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_FAIL = 3


def register(sub: Any) -> None:
    p = sub.add_parser("translate", help="translate a saved policy offline (Argos Translate packages)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--to", required=True, metavar="CODE", help="the language to translate into (e.g. en)")
    p.add_argument("--from", dest="from_code", metavar="CODE", help="the policy's language (default: detected)")
    p.add_argument("-o", "--output", metavar="OUT", help="write the translation to OUT (default: standard output)")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on standard error")
    p.set_defaults(func=cmd_translate)

    packs = sub.add_parser("packs", help="list, install or remove offline translation packages")
    psub = packs.add_subparsers(dest="packs_command", metavar="ACTION", parser_class=type(packs))
    packs.set_defaults(func=lambda args: _usage(packs))
    lst = psub.add_parser("list", help="installed packages")
    lst.set_defaults(func=cmd_list)
    ins = psub.add_parser("install", help="install a package from a .argosmodel file")
    ins.add_argument("file", metavar="FILE.argosmodel")
    ins.set_defaults(func=cmd_install)
    av = psub.add_parser("available", help="packages in the online index (uses the network)")
    av.set_defaults(func=cmd_available)
    dl = psub.add_parser("download", help="download and install a package (uses the network)")
    dl.add_argument("from_code", metavar="FROM")
    dl.add_argument("to_code", metavar="TO")
    dl.add_argument("--quiet", "-q", action="store_true", help="no progress on standard error")
    dl.set_defaults(func=cmd_download)
    rm = psub.add_parser("remove", help="uninstall the package for a pair")
    rm.add_argument("from_code", metavar="FROM")
    rm.add_argument("to_code", metavar="TO")
    rm.set_defaults(func=cmd_remove)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def _fail(exc: Exception) -> int:
    from policylens.core import errors

    print(f"policylens: {exc}", file=sys.stderr)
    return exc.exit_code if isinstance(exc, errors.PolicyLensError) else EXIT_FAIL


class _Progress:
    """Progress on standard error: one rewritten line on a terminal, a few lines otherwise."""

    def __init__(self, what: str, quiet: bool, unit: str = "sentences") -> None:
        self.what, self.quiet, self.unit = what, quiet, unit
        self.tty = sys.stderr.isatty()
        self.last = -1.0
        self.last_step = -1

    def __call__(self, done: int, total: int) -> None:
        if self.quiet:
            return
        now = time.monotonic()
        if self.tty:
            if now - self.last < 0.1 and done < total:
                return
            self.last = now
            shown = f"{done}/{total} {self.unit}" if total else f"{done} {self.unit}"
            print(f"\r{self.what}: {shown}", end="", file=sys.stderr, flush=True)
            return
        step = (10 * done // total) if total else -1
        if step != self.last_step and (total or now - self.last > 5):
            self.last_step, self.last = step, now
            print(f"{self.what}: {done}/{total} {self.unit}" if total else f"{self.what}: {done} {self.unit}",
                  file=sys.stderr, flush=True)

    def end(self) -> None:
        if not self.quiet and self.tty:
            print(file=sys.stderr, flush=True)


def _write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder, then rename."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path())
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def cmd_translate(args: argparse.Namespace) -> int:
    from policylens.core import errors
    from policylens.core.loaders import load_path
    from policylens.translate.document import translate_document

    out = Path(args.output) if args.output else None
    if out is not None:
        if out.exists() and not args.force:
            print(f"policylens: {out} exists; add --force to overwrite it", file=sys.stderr)
            return EXIT_USAGE
        if not out.parent.is_dir():
            print(f"policylens: no folder {out.parent} for {out.name}", file=sys.stderr)
            return EXIT_USAGE
    progress = _Progress("translating", args.quiet)
    try:
        doc = load_path(args.file)
        result = translate_document(doc, args.to, args.from_code, progress=progress)
    except errors.PolicyLensError as exc:
        progress.end()
        return _fail(exc)
    progress.end()
    text = result.text()
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    try:
        _write_atomic(out, text)
    except OSError as exc:
        print(f"policylens: {out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAIL
    if not args.quiet:
        print(f"policylens: wrote {out} ({result.from_code} → {result.to_code})", file=sys.stderr)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from policylens.translate import packages

    found, broken = packages.scan()
    where = packages.packages_dir()
    if not found:
        print(f"No translation packages installed (in {where}).")
        print("Install one: policylens packs install FILE.argosmodel")
    else:
        print(f"Translation packages in {where}:")
        for p in sorted(found, key=lambda p: p.pair):
            print(f"  {p.from_code} → {p.to_code}  {p.from_name} → {p.to_name}  version {p.version or '?'}  ({p.name})")
    for path, reason in broken:
        print(f"  not usable: {path.name} ({reason})", file=sys.stderr)
    return EXIT_OK


def cmd_install(args: argparse.Namespace) -> int:
    from policylens.core import errors
    from policylens.translate import packages

    try:
        info = packages.install_archive(args.file)
    except errors.PolicyLensError as exc:
        return _fail(exc)
    print(f"Installed {info.from_code} → {info.to_code} (version {info.version or '?'}) in {info.path.parent}")
    return EXIT_OK


def cmd_available(args: argparse.Namespace) -> int:
    from policylens.core import errors
    from policylens.translate import packages

    try:
        entries = packages.fetch_index()
    except errors.PolicyLensError as exc:
        return _fail(exc)
    installed = {p.pair: p for p in packages.installed_packages()}
    for e in sorted(entries, key=lambda e: e.pair):
        mark = "  (installed)" if e.pair in installed else ""
        print(f"{e.from_code} → {e.to_code}  {e.from_name} → {e.to_name}  version {e.version}{mark}")
    return EXIT_OK


def cmd_download(args: argparse.Namespace) -> int:
    from policylens.core import errors
    from policylens.translate import packages

    progress = _Progress(f"downloading {args.from_code} → {args.to_code}", args.quiet, unit="bytes")
    try:
        info = packages.download_and_install(args.from_code, args.to_code, progress=progress)
    except errors.PolicyLensError as exc:
        progress.end()
        return _fail(exc)
    progress.end()
    print(f"Installed {info.from_code} → {info.to_code} (version {info.version or '?'}) in {info.path.parent}")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from policylens.core import errors
    from policylens.translate import packages

    try:
        gone = packages.remove(args.from_code, args.to_code)
    except errors.PolicyLensError as exc:
        return _fail(exc)
    for p in gone:
        print(f"Removed {p.from_code} → {p.to_code} ({p.name})")
    return EXIT_OK
