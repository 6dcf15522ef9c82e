"""The app's settings: ``QSettings("PolicyLens", "PolicyLens")``.

On Linux that is ``$XDG_CONFIG_HOME/PolicyLens/PolicyLens.conf``; the tests point
``XDG_CONFIG_HOME`` at a temporary folder, so they never touch the user's settings.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from policylens import tr

ORGANIZATION = "PolicyLens"
APPLICATION = "PolicyLens"


# a writer killed mid-write leaves QSaveFile's new file ("PolicyLens.conf.cCMOTD") beside the settings
STALE_AFTER = 3600.0  # seconds: a live writer renames its file within moments


class Settings(QSettings):
    def __init__(self) -> None:
        super().__init__(ORGANIZATION, APPLICATION)

    def remove_stale_temp_files(self) -> list[str]:
        """Remove the half-written copies a killed writer left beside the settings file (an hour old
        or more, so another running window's write is never touched); return their names."""
        conf = Path(self.fileName())
        try:
            siblings = list(conf.parent.iterdir())
        except OSError:
            return []
        # six random letters and digits (a user's "PolicyLens.conf.backup" is no such copy)
        temp = re.compile(re.escape(conf.name) + r"\.(?=[a-z]*[A-Z0-9])[A-Za-z0-9]{6}")
        now = time.time()
        removed = []
        for path in siblings:
            try:
                if temp.fullmatch(path.name) and path.is_file() and now - path.stat().st_mtime >= STALE_AFTER:
                    path.unlink()
                    removed.append(path.name)
            except OSError:
                continue
        return removed

    # UI language: stored choice, else the system's
    def language(self) -> str:
        code = str(self.value("ui/language", "") or "")
        return code if code in tr.UI_LANGUAGES else tr.system_ui_language()

    def set_language(self, code: str) -> None:
        self.setValue("ui/language", code)

    def recent(self) -> list[str]:
        value = self.value("recent/files", [])
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, list | tuple):  # a damaged or hand-edited file: no recent files
            return []
        return [v for v in value if isinstance(v, str) and v]

    def add_recent(self, path: str, limit: int) -> None:
        full = str(Path(path).resolve()) if Path(path).exists() else path
        files = [full] + [p for p in self.recent() if p != full]
        self.setValue("recent/files", files[:limit])

    def clear_recent(self) -> None:
        self.setValue("recent/files", [])

    def last_dir(self) -> str:
        return str(self.value("ui/last_dir", "") or str(Path.home()))

    def set_last_dir(self, path: str) -> None:
        self.setValue("ui/last_dir", path)

    def zoom(self) -> int:
        try:
            return int(self.value("reader/zoom", 0))
        except (TypeError, ValueError):
            return 0

    def set_zoom(self, steps: int) -> None:
        self.setValue("reader/zoom", steps)

    # the country (and German state) of the supervisory authority for complaints
    def letter_country(self) -> str:
        return str(self.value("letters/country", "") or "")

    def set_letter_country(self, code: str) -> None:
        self.setValue("letters/country", code)

    def letter_state(self) -> str:
        return str(self.value("letters/state", "") or "")

    def set_letter_state(self, code: str) -> None:
        self.setValue("letters/state", code)
