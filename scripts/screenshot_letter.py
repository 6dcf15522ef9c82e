"""Screenshots of the "Use your rights…" dialog on a real window (run under Xvfb).

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshot_letter.py \
        resources/samples/fr-creality.txt docs/screenshots/letter-fr.png [--request access] [--ui-lang fr]
        [--country se] [--window docs/screenshots/rights-card.png] [--dark]

Settings go to a temporary XDG_CONFIG_HOME, so the user's are left alone.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("file")
    p.add_argument("out")
    p.add_argument("--request", default="access")
    p.add_argument("--ui-lang", default="en")
    p.add_argument("--country")
    p.add_argument("--lang", help="the letter's language")
    p.add_argument("--window", metavar="OUT.png", help="also the window with its rights card")
    p.add_argument("--dark", action="store_true")
    args = p.parse_args()
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="policylens-shot-")

    import policylens.ui  # noqa: F401, I001  (first: see policylens/ui/__init__.py)
    from PySide6.QtWidgets import QApplication

    from policylens import tr
    from policylens.ui import theme
    from policylens.ui.mainwindow import MainWindow

    app = QApplication([sys.argv[0]])
    app.setOrganizationName("PolicyLens")
    app.setApplicationName("PolicyLens")
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(theme.dark_palette())
    # this tree's compiled catalogues (scripts/i18n.py build), not those of an installed copy
    here = Path(__file__).resolve().parent.parent / "i18n"
    installed_qm = tr.qm_path
    tr.qm_path = lambda lang: str(here / f"policylens_{lang}.qm") if (here / f"policylens_{lang}.qm").is_file() \
        else installed_qm(lang)
    tr.install(args.ui_lang)
    window = MainWindow()
    window.quiet = True
    window.settings.set_language(args.ui_lang)
    if args.country:
        window.settings.set_letter_country(args.country)
    window.resize(1400, 900)
    window.show()
    window.open_path(args.file, wait=True)
    for _ in range(10):
        app.processEvents()
    if args.window:
        window.summary_view.ensureWidgetVisible(window.summary_view.rights_button)
        for _ in range(5):
            app.processEvents()
        window.grab().save(args.window, "PNG")
    window.summary_view.rights_button.click()
    dlg = window.letter_dialog
    dlg.select_request(args.request)
    if args.lang:
        dlg.language.setCurrentIndex(dlg.language.findData(args.lang))
    for _ in range(10):
        app.processEvents()
    ok = dlg.grab().save(args.out, "PNG")
    dlg.close()
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
