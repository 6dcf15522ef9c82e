"""Fixtures of the translation tests: tiny real Argos packages (built once per session), a clean
packages folder per test, a guard that refuses any connection off this machine, and a local HTTP
server standing in for the package index.

The root conftest has already pointed XDG_* and ARGOS_PACKAGES_DIR at a temporary home, before
anything imported Argos Translate.
"""

from __future__ import annotations

import http.server
import ipaddress
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from policylens.translate import packages
from policylens.translate.cache import TranslationCache
from policylens.translate.engine import Engine
from policylens.translate.testing import build_package

# a short policy in Russian (no rule pack) and, sentence by sentence, its English
RU_POLICY = "\n\n".join(
    [
        "Политика конфиденциальности",
        "1. Какие данные мы собираем",
        "Мы собираем ваше имя, адрес электронной почты и номер телефона, когда вы создаёте учётную "
        "запись. Мы также собираем ваш IP-адрес и идентификаторы устройства.",
        "2. С кем мы ими делимся",
        "Мы передаём ваши персональные данные поставщикам услуг, которые размещают наши серверы. "
        "Мы не продаём ваши персональные данные.",
        "3. Как долго мы их храним",
        "Мы храним ваши персональные данные в течение 2 лет после закрытия вашей учётной записи, "
        "затем мы их удаляем.",
        "4. Ваши права",
        "Вы имеете право на доступ, исправление и удаление ваших персональных данных. "
        "Вы можете возразить против обработки.",
        "5. Контакты",
        "Свяжитесь с нами по адресу privacy@example.com.",
    ]
) + "\n"

RU_EN = {
    "Политика конфиденциальности": "Privacy policy",
    "Какие данные мы собираем": "What data we collect",
    "Мы собираем ваше имя, адрес электронной почты и номер телефона, когда вы создаёте учётную запись.":
        "We collect your name, email address and phone number when you create an account.",
    "Мы также собираем ваш IP-адрес и идентификаторы устройства.":
        "We also collect your IP address and device identifiers.",
    "С кем мы ими делимся": "Who we share it with",
    "Мы передаём ваши персональные данные поставщикам услуг, которые размещают наши серверы.":
        "We share your personal data with service providers who host our servers.",
    "Мы не продаём ваши персональные данные.": "We do not sell your personal data.",
    "Как долго мы их храним": "How long we keep it",
    "Мы храним ваши персональные данные в течение 2 лет после закрытия вашей учётной записи, затем мы их удаляем.":
        "We keep your personal data for 2 years after you close your account, then we delete it.",
    "Ваши права": "Your rights",
    "Вы имеете право на доступ, исправление и удаление ваших персональных данных.":
        "You have the right to access, correct and delete your personal data.",
    "Вы можете возразить против обработки.": "You can object to processing.",
    "Контакты": "Contact",
    "Свяжитесь с нами по адресу privacy@example.com.": "Contact us at privacy@example.com.",
}

SENTENCES = [
    "Мы собираем ваши персональные данные.",
    "We keep cookies for 2 years.",
    "Nous conservons vos données pendant trois ans, puis nous les supprimons.",
    "Vi samlar in dina personuppgifter.",
    "Данные",
    "Мы храним ваши персональные данные в течение 2 лет после закрытия вашей учётной записи, затем мы их удаляем.",
    "Privacy policy",
]


# ---------------------------------------------------------------------------------------------
# no network beyond this machine


def _loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any name lookup or connection to a host other than this machine fails at once."""
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect

    def getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        h = host.decode() if isinstance(host, bytes) else host
        if not _loopback(h):
            raise socket.gaierror(socket.EAI_NONAME, f"test guard: no network ({h})")
        return real_getaddrinfo(host, *args, **kwargs)

    def connect(self, address):  # type: ignore[no-untyped-def]
        if isinstance(address, tuple) and not _loopback(address[0]):
            raise OSError(f"test guard: no network ({address[0]})")
        return real_connect(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)


# ---------------------------------------------------------------------------------------------
# packages


@dataclass
class Built:
    """The .argosmodel files of the session."""

    folder: Path
    files: dict[str, Path] = field(default_factory=dict)

    def get(self, name: str) -> Path:
        return self.files[name]


@pytest.fixture(scope="session")
def ru_policy() -> str:
    return RU_POLICY


@pytest.fixture(scope="session")
def ru_en() -> dict[str, str]:
    return dict(RU_EN)


@pytest.fixture(scope="session")
def sentences() -> list[str]:
    return list(SENTENCES)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    folder = tmp_path_factory.mktemp("argosmodels")
    corpus = [*SENTENCES, *RU_EN, *RU_EN.values(), *RU_POLICY.splitlines()]
    out = Built(folder)
    out.files["ru_en"] = build_package(folder, "ru", "en", corpus=corpus, seed=1)
    out.files["en_fr"] = build_package(folder, "en", "fr", corpus=corpus, seed=2)
    out.files["ru_en_v2"] = build_package(folder / "v2", "ru", "en", corpus=corpus, seed=3, version="2.0")
    return out


@pytest.fixture(autouse=True)
def clean_packages() -> Iterator[Path]:
    """Every test starts, and leaves, with no package installed."""
    root = packages.packages_dir()
    root.mkdir(parents=True, exist_ok=True)

    def wipe() -> None:
        for child in root.iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()

    wipe()
    yield root
    wipe()


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return Engine(cache=TranslationCache(tmp_path / "cache.sqlite"))


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(root.rglob("*"))}


@pytest.fixture
def snapshot():  # type: ignore[no-untyped-def]
    """A function: every file under a folder with its size and modification time."""
    return _snapshot


# ---------------------------------------------------------------------------------------------
# a local stand-in for the package index


class IndexServer:
    """Serves ``routes`` (path → bytes) on 127.0.0.1. ``hang`` makes every request wait without
    answering; ``drip`` sends bodies slowly (for cancelling downloads)."""

    def __init__(self) -> None:
        self.routes: dict[str, bytes] = {}
        self.hang = False
        self.drip = 0.0
        self.stop = threading.Event()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if server.hang:
                    server.stop.wait(30)
                    return
                body = server.routes.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                step = 4096 if server.drip else len(body)
                for i in range(0, len(body), step):
                    if server.stop.is_set():
                        return
                    try:
                        self.wfile.write(body[i : i + step])
                    except OSError:
                        return
                    if server.drip:
                        time.sleep(server.drip)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def index_server() -> Iterator[IndexServer]:
    server = IndexServer()
    yield server
    server.close()


@pytest.fixture
def argos_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Argos Translate's settings module, with the index kept in this test's folder."""
    from argostranslate import settings

    monkeypatch.setattr(settings, "local_package_index", tmp_path / "index.json")
    monkeypatch.setattr(settings, "downloads_dir", tmp_path / "downloads")
    return settings


@pytest.fixture
def closed_url() -> str:
    """An address on this machine where nobody listens (connections are refused at once)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    return f"http://127.0.0.1:{port}/"
