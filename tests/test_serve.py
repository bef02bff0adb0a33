"""Starting the app warm (components/serve.py): where the server is reached, and what the warm-up says."""
from __future__ import annotations

import http.server
import threading
from contextlib import contextmanager

import pytest

from components.__main__ import main
from components.serve import HEALTH_CHECK, local_url, warm_up


@pytest.mark.parametrize(("address", "port", "base", "url"), [
    (None, 8501, "", "http://127.0.0.1:8501"),
    ("", 8501, "", "http://127.0.0.1:8501"),
    ("0.0.0.0", 8502, "", "http://127.0.0.1:8502"),
    ("::", 8502, "", "http://127.0.0.1:8502"),
    ("127.0.0.1", 8503, "/maps/", "http://127.0.0.1:8503/maps"),
    ("10.1.2.3", 80, "maps", "http://10.1.2.3:80/maps"),
    ("::1", 8504, "", "http://[::1]:8504"),
])
def test_local_url_reaches_the_server_from_this_machine(address, port, base, url):
    assert local_url(address, port, base) == url


@contextmanager
def fake_streamlit(script_status: int):
    """A server answering Streamlit's two health routes: the server's always 200, the script's ``script_status``."""
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            asked.append(self.path)
            status = 200 if self.path == "/maps/_stcore/health" else script_status
            body = b"ok" if status == 200 else b"error"
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/maps", asked
    finally:
        server.shutdown()
        server.server_close()


def test_warm_up_asks_the_server_then_runs_the_script_once_and_says_so():
    said: list[str] = []
    with fake_streamlit(200) as (url, asked):
        assert warm_up(said.append, url=url) is True
    assert asked == ["/maps/_stcore/health", "/maps/_stcore/script-health-check"]
    [line] = said
    assert line.startswith("  Warmed up in ") and line.endswith(" s: store read and map ready for the first visitor.")


def test_warm_up_of_a_script_that_fails_says_so_and_never_raises():
    said: list[str] = []
    with fake_streamlit(503) as (url, asked):
        assert warm_up(said.append, url=url) is False
    assert asked == ["/maps/_stcore/health", "/maps/_stcore/script-health-check"]
    assert said == ["  Warm-up did not finish (HTTP Error 503: Service Unavailable); "
                    "the first visit will load everything itself."]


def test_warm_up_without_a_server_gives_up_at_its_deadline():
    said: list[str] = []
    assert warm_up(said.append, wait=0.3) is False  # no Streamlit runtime in this process
    assert said == ["  Warm-up skipped: the server did not answer; the first visit will load everything itself."]


def test_app_command_passes_streamlits_options_on_untouched(monkeypatch):
    ran: list[list[str]] = []
    monkeypatch.setattr("components.serve.serve", lambda options: ran.append(options) or 0)
    assert main(["app", "--server.port", "8502", "--server.headless=true"]) == 0
    assert ran == [["--server.port", "8502", "--server.headless=true"]]
    assert HEALTH_CHECK == "--server.scriptHealthCheckEnabled=true"


def test_streamlit_reads_the_served_settings_from_the_checkout():
    """As Streamlit reads .streamlit/config.toml from the checkout: no usage statistics, and no source watching (a
    new visitor's session would otherwise walk the whole checkout to watch it before its script starts)."""
    import subprocess
    import sys
    from pathlib import Path

    asked = ("from streamlit import config; config.get_config_options(force_reparse=True); "
             "print(*(config.get_option(o) for o in ('server.fileWatcherType', 'browser.gatherUsageStats', "
             "'server.enableStaticServing')))")
    answer = subprocess.run([sys.executable, "-c", asked], cwd=Path(__file__).resolve().parent.parent,
                            capture_output=True, text=True, check=True)
    assert answer.stdout.split() == ["none", "False", "True"]
