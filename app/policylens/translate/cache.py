"""A translation cache on disk: (package, sentence) → translation, in SQLite.

It lives in ``$XDG_CACHE_HOME/policylens/translations.sqlite``. Each batch of translations is
written in one transaction, so the file always holds whole batches. A damaged file (not a
database, failed integrity check, wrong schema) is set aside and rebuilt; a cache that cannot be
used at all is switched off for the session. The cache never makes a translation fail.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

SCHEMA_VERSION = 1
MAX_ROWS = 300_000  # beyond this the least recently used fifth is dropped
_CHUNK = 500  # variables per query

log = logging.getLogger(__name__)


def default_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "policylens" / "translations.sqlite"


class TranslationCache:
    """Thread-safe; every method swallows database errors (a miss, or nothing stored)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._disabled = False
        self.rebuilt = False  # whether a damaged file was replaced (for tests and logs)

    # -- connection ---------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection | None:
        if self._conn is not None or self._disabled:
            return self._conn
        for attempt in (1, 2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False)
                try:
                    self._prepare(conn)
                except BaseException:
                    conn.close()
                    raise
                self._conn = conn
                return conn
            except sqlite3.Error as exc:
                if attempt == 1 and self._set_aside(exc):
                    continue
                log.warning("translation cache disabled: %s", exc)
            except OSError as exc:
                log.warning("translation cache disabled: %s", exc)
            break
        self._disabled = True
        return None

    def _prepare(self, conn: sqlite3.Connection) -> None:
        row = conn.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {row[0] if row else 'no answer'}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            raise sqlite3.DatabaseError(f"unknown cache schema {version}")
        with conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS translations ("
                " package TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,"
                " used INTEGER NOT NULL, PRIMARY KEY (package, source)) WITHOUT ROWID"
            )
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        # the expected columns are there (a table of another shape raises here)
        conn.execute("SELECT package, source, target, used FROM translations LIMIT 1").fetchall()
        count = conn.execute("SELECT COUNT(*) FROM translations").fetchone()[0]
        if count > MAX_ROWS:
            with conn:
                conn.execute(
                    "DELETE FROM translations WHERE used <= "
                    "(SELECT used FROM translations ORDER BY used LIMIT 1 OFFSET ?)",
                    (count // 5,),
                )

    def _set_aside(self, exc: BaseException) -> bool:
        """Move a damaged cache file away so that a fresh one is made. True if done."""
        log.warning("translation cache %s is damaged (%s); rebuilding it", self.path, exc)
        try:
            for suffix in ("", "-journal", "-wal", "-shm"):
                p = Path(f"{self.path}{suffix}")
                if p.exists():
                    p.replace(Path(f"{self.path}.damaged{suffix}"))
        except OSError:
            return False
        self.rebuilt = True
        return True

    def _recover(self, exc: sqlite3.Error) -> None:
        """A query failed on an open connection: rebuild once, then give up for the session."""
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            return  # another process is writing: just a miss this time
        if not self.rebuilt and self._set_aside(exc):
            return
        self._disabled = True

    # -- use ----------------------------------------------------------------------------------

    def get_many(self, package: str, sources: Iterable[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(sources))
        out: dict[str, str] = {}
        with self._lock:
            conn = self._open()
            if conn is None or not wanted:
                return out
            try:
                for i in range(0, len(wanted), _CHUNK):
                    part = wanted[i : i + _CHUNK]
                    marks = ",".join("?" * len(part))
                    rows = conn.execute(
                        f"SELECT source, target FROM translations WHERE package = ? AND source IN ({marks})",  # noqa: S608 - only placeholders
                        (package, *part),
                    ).fetchall()
                    out.update(rows)
                if out:
                    now = int(time.time())
                    with conn:
                        conn.executemany(
                            "UPDATE translations SET used = ? WHERE package = ? AND source = ?",
                            [(now, package, s) for s in out],
                        )
            except sqlite3.Error as exc:
                self._recover(exc)
                return {}
        return out

    def put_many(self, package: str, pairs: Sequence[tuple[str, str]]) -> None:
        if not pairs:
            return
        with self._lock:
            conn = self._open()
            if conn is None:
                return
            now = int(time.time())
            try:
                with conn:  # one transaction: all of the batch or none of it
                    conn.executemany(
                        "INSERT OR REPLACE INTO translations (package, source, target, used) VALUES (?, ?, ?, ?)",
                        [(package, s, t, now) for s, t in pairs],
                    )
            except sqlite3.Error as exc:
                self._recover(exc)

    def count(self) -> int:
        with self._lock:
            conn = self._open()
            if conn is None:
                return 0
            try:
                return int(conn.execute("SELECT COUNT(*) FROM translations").fetchone()[0])
            except sqlite3.Error as exc:
                self._recover(exc)
                return 0

    def clear(self) -> None:
        """Forget every translation: the rows, the file's free pages that still held their text
        (``VACUUM``), and damaged copies set aside earlier."""
        with self._lock:
            conn = self._open()
            if conn is not None:
                try:
                    with conn:
                        conn.execute("DELETE FROM translations")
                    conn.execute("VACUUM")
                except sqlite3.Error as exc:
                    self._recover(exc)
            for suffix in ("", "-journal", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(f"{self.path}.damaged{suffix}").unlink()

    @property
    def enabled(self) -> bool:
        return not self._disabled

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.close()
                self._conn = None
