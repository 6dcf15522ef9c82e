"""Tools ▸ Language Packages…: the offline translation packages.

Lists the installed packages, installs one from a ``.argosmodel`` file (checked before anything
is written; see :mod:`policylens.translate.packages`), removes one, and — only when the user clicks
"Get the package list" — fetches the online index and downloads a package with a progress bar and
Cancel. All of it runs off the GUI thread; every failure is one clear message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policylens.core import errors as core_errors
from policylens.ui.ops import Op, Work
from policylens.ui.texts import error_for_user, plural
from policylens.ui.texts import language_in_ui as language_name

# where Argos Translate's packages are listed, with their download links (for a computer online)
INDEX_ADDRESS = "https://github.com/argosopentech/argospm-index"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PackagesDialog", text)


def plain(text: str) -> str:
    """A button's or a menu's text without its mnemonic ("&Tools" → "Tools")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def pair_name(source: str, target: str) -> str:
    """A package's name as the window says it: "French → English" (in the UI language)."""
    pair = QCoreApplication.translate("PackagesDialog", "{source} → {target}")
    return pair.format(source=language_name(source, True), target=language_name(target, True))


def missing_package_text(source: str, target: str, where: str) -> str:
    """What to do when the ``source → target`` package is missing, naming the window's own
    menus and buttons (``where``: how to reach the packages dialog, e.g. "Tools › Language
    Packages…")."""
    return QCoreApplication.translate(
        "PackagesDialog",
        "No “{pair}” translation package is installed. Open {where}: on a computer connected to the "
        "internet, click “{fetch}” and download “{pair}” from the Argos Translate package index "
        "({address}); otherwise copy its .argosmodel file from another computer and click “{file}”."
    ).format(
        pair=pair_name(source, target), where=where, fetch=plain(_tr("Get the Package List")),
        file=plain(_tr("Install From File…")), address=INDEX_ADDRESS,
    )


class PackagesDialog(QDialog):
    changed = Signal()  # a package was installed or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packagesDialog")
        self.setWindowTitle(self.tr("Language Packages"))
        self.resize(640, 460)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.op: Op | None = None
        self.index: list[Any] = []
        self.last_error: BaseException | None = None

        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("installedPackages")
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Version"), self.tr("Folder")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self)
        self.empty.setObjectName("noPackages")
        self.empty.setWordWrap(True)
        self.empty.setMargin(12)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty.setAutoFillBackground(True)
        self.empty.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty.setOpenExternalLinks(False)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.wanted: tuple[str, str] | None = None
        self.needed = QLabel(self)
        self.needed.setObjectName("neededPackage")
        self.needed.setWordWrap(True)
        bold = self.needed.font()
        bold.setBold(True)
        self.needed.setFont(bold)
        self.needed.hide()
        self.install_button = QPushButton(self.tr("Install From File…"), self)
        self.install_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)

        online = QGroupBox(self.tr("Online (only when you ask)"), self)
        self.fetch_button = QPushButton(self.tr("Get the Package List"), online)
        self.fetch_button.clicked.connect(self.fetch_index)
        self.available = QComboBox(online)
        self.available.setObjectName("availablePackages")
        self.available.setEnabled(False)
        self.download_button = QPushButton(self.tr("Download and Install"), online)
        self.download_button.setEnabled(False)
        self.download_button.clicked.connect(self.download_selected)
        self.progress = QProgressBar(online)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), online)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        grid = QVBoxLayout(online)
        top = QHBoxLayout()
        top.addWidget(self.fetch_button)
        top.addWidget(self.available, 1)
        top.addWidget(self.download_button)
        grid.addLayout(top)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        grid.addLayout(bottom)

        self.status = QLabel(self)
        self.status.setObjectName("packagesStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(self.needed)
        lay.addWidget(self.where)
        lay.addWidget(self.stack, 1)
        lay.addLayout(row)
        lay.addWidget(online)
        lay.addWidget(self.status)
        lay.addWidget(buttons)
        self.refresh()

    # -- installed ----------------------------------------------------------------------------

    def refresh(self) -> None:
        from policylens.translate import packages

        found, broken = packages.scan()
        self.packages = sorted(found, key=lambda p: p.pair)
        self.where.setText(self.tr("Packages are kept in {folder}").format(folder=packages.packages_dir()))
        self.table.setRowCount(len(self.packages))
        for i, p in enumerate(self.packages):
            cells = (
                f"{language_name(p.from_code, True)} ({p.from_code})",
                f"{language_name(p.to_code, True)} ({p.to_code})",
                p.version or "?",
                p.name,
            )
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.empty.setText(
            self.tr(
                "No language packages installed yet. There are two ways to get one: on a computer "
                "connected to the internet, click “{fetch}” below and download one from the Argos "
                "Translate package index ({address}); otherwise copy a .argosmodel file from another "
                "computer and click “{file}”."
            ).format(
                fetch=plain(self.fetch_button.text()), file=plain(self.install_button.text()), address=INDEX_ADDRESS
            )
        )
        self.stack.setCurrentWidget(self.table if self.packages else self.empty)
        self._show_wanted()
        if broken:
            self.status.setText(
                self.tr("Not usable: {names}").format(names=", ".join(path.name for path, _ in broken))
            )
        self._update_buttons()

    def want(self, pair: tuple[str, str] | None) -> None:
        """Open on the package the open policy needs: say which, and pick it in the list."""
        self.wanted = pair
        self._show_wanted()
        self._pick_wanted()

    def _show_wanted(self) -> None:
        pair = self.wanted
        have = pair is not None and any(p.pair == pair for p in getattr(self, "packages", []))
        if pair is None or have:
            self.needed.hide()
            return
        self.needed.setText(
            self.tr("The open policy needs the “{pair}” package.").format(pair=pair_name(*pair))
        )
        self.needed.show()

    def _pick_wanted(self) -> None:
        if self.wanted is None:
            return
        for i in range(self.available.count()):
            if tuple(self.available.itemData(i)) == tuple(self.wanted):
                self.available.setCurrentIndex(i)
                return

    def _update_buttons(self) -> None:
        busy = self.op is not None
        self.remove_button.setEnabled(not busy and bool(self.table.selectedItems()))
        self.install_button.setEnabled(not busy)
        self.fetch_button.setEnabled(not busy)
        self.download_button.setEnabled(not busy and self.available.count() > 0)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install a Language Package"), str(Path.home()),
            self.tr("Argos Translate packages (*.argosmodel);;All files (*)"),
        )
        if path:
            self.install_file(path)

    def install_file(self, path: str) -> None:
        def work(progress: Any, cancel: Any) -> Any:
            from policylens.translate import packages

            return packages.install_archive(path, cancel=cancel)

        self._run(work, self.tr("Installing {name}…").format(name=Path(path).name), self._installed)

    def _installed(self, info: Any) -> None:
        self.status.setText(
            self.tr("Installed {source} → {target} (version {version}).").format(
                source=language_name(info.from_code), target=language_name(info.to_code), version=info.version or "?"
            )
        )
        self.refresh()
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if not rows:
            return
        pkg = self.packages[min(rows)]

        def work(progress: Any, cancel: Any) -> Any:
            from policylens.translate import packages

            return packages.remove(pkg.from_code, pkg.to_code)

        self._run(work, self.tr("Removing…"), self._removed)

    def _removed(self, gone: Any) -> None:
        self.status.setText(self.tr("Removed."))
        self.refresh()
        self.changed.emit()

    # -- online -------------------------------------------------------------------------------

    def fetch_index(self) -> None:
        def work(progress: Any, cancel: Any) -> Any:
            from policylens.translate import packages

            return packages.fetch_index()

        self._run(work, self.tr("Getting the package list…"), self._fetched)

    def _fetched(self, entries: Any) -> None:
        installed = {p.pair for p in getattr(self, "packages", [])}
        self.index = sorted(entries, key=lambda e: (language_name(e.from_code), language_name(e.to_code)))
        self.available.clear()
        for e in self.index:
            mark = self.tr(" (installed)") if e.pair in installed else ""
            self.available.addItem(
                f"{language_name(e.from_code, True)} → {language_name(e.to_code, True)} ({e.version}){mark}", e.pair
            )
        self.available.setEnabled(bool(self.index))
        self._pick_wanted()
        self.status.setText(plural(self.tr("%n package(s) available.", "", len(self.index)), len(self.index)))
        self._update_buttons()

    def download_selected(self) -> None:
        i = self.available.currentIndex()
        if i < 0 or i >= len(self.index):
            return
        entry = self.index[i]
        entries = list(self.index)

        def work(progress: Any, cancel: Any) -> Any:
            from policylens.translate import packages

            return packages.download_and_install(
                entry.from_code, entry.to_code, progress=progress, cancel=cancel, index=entries
            )

        self._run(work, self.tr("Downloading…"), self._installed, determinate=True)

    # -- jobs ---------------------------------------------------------------------------------

    def _run(self, work: Work, label: str, on_done: Any, determinate: bool = False) -> None:
        self.status.setText(label)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)  # busy until the size is known
        self.cancel_button.setVisible(True)

        def progress(done: int, total: int) -> None:
            if determinate and total > 0:
                self.progress.setRange(0, 1000)
                self.progress.setValue(int(1000 * done / total))

        def finish() -> bool:
            if self.op is not op:
                return False  # replaced: the dialog has moved on
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)
            self.op = None
            self._update_buttons()
            return True

        def done(result: object) -> None:
            if finish():
                on_done(result)

        def failed(exc: BaseException, details: str) -> None:
            if not finish():
                return
            if isinstance(exc, core_errors.Cancelled):
                self.status.setText(self.tr("Cancelled."))
                return
            self.last_error = exc
            self.status.setText(self.explain(exc))

        op = self.op = Op(self, work, done).failure(failed).on_progress(progress)
        self._update_buttons()
        op.run_in_background(self.pool)

    def explain(self, exc: BaseException) -> str:
        """An error in words of this dialog: what went wrong, then what to do here."""
        code = getattr(exc, "code", "")
        file, address = plain(self.install_button.text()), INDEX_ADDRESS
        if code == "index_unreachable":
            return self.tr(
                "The package index cannot be reached: this computer seems to be offline. On a computer "
                "connected to the internet, download the package from the Argos Translate package index "
                "({address}), copy the .argosmodel file here and click “{file}”."
            ).format(address=address, file=file)
        if code == "download_failed":
            return self.tr(
                "The package could not be downloaded ({reason}). You can download it on another computer "
                "from the Argos Translate package index ({address}) and install the file here with “{file}”."
            ).format(reason=exc.args_.get("reason", "?"), address=address, file=file)  # type: ignore[attr-defined]
        return error_for_user(exc)

    def cancel(self) -> None:
        """Stop the running work: a download stops at its next chunk; a slow index request is
        abandoned (its thread ends by its own timeout) and nothing it returns is used."""
        if self.op is not None:
            self.op.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        return self.pool.waitForDone(timeout_ms)

    def done(self, result: int) -> None:  # closing the dialog cancels what runs
        self.cancel()
        super().done(result)
