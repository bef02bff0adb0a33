"""Start the app warm: ``streamlit run app.py``, then one run of its script before the first visitor comes.

On a fresh server the first visit pays for importing folium and pandas, loading the gazetteer and reading the
store (~1 s more than later visits with 1,000 articles). Streamlit's script health check
(``server.scriptHealthCheckEnabled``) runs the script once, in a session of its own, and fills the caches that
every visitor shares; asking for it as soon as the server answers moves that second off the first visit.
``streamlit run app.py`` still works; only its first visit is slower.
"""
from __future__ import annotations

import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app.py"
HEALTH_CHECK = "--server.scriptHealthCheckEnabled=true"
WAIT_FOR_SERVER = 120  # seconds
WAIT_FOR_SCRIPT = 300
ANY_INTERFACE = {"", "0.0.0.0", "::"}


def serve(options: list[str]) -> int:
    """``streamlit run app.py OPTIONS`` in this process, warmed up by a thread as soon as the server answers."""
    from streamlit.web import cli

    threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
    sys.argv = ["streamlit", "run", str(APP), *options, HEALTH_CHECK]
    try:
        cli.main(prog_name="streamlit")
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 1
    return 0


def local_url(address: str | None, port: int, base_path: str) -> str:
    """Where this machine reaches the server: its own address when it listens on every interface."""
    host = "127.0.0.1" if (address or "") in ANY_INTERFACE else address
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    base = base_path.strip("/")
    return f"http://{host}:{port}" + (f"/{base}" if base else "")


def _server_url(deadline: float) -> str | None:
    """The running server's URL once Streamlit has made its runtime (its options are final by then)."""
    from streamlit import config
    from streamlit.runtime import Runtime

    while not Runtime.exists():
        if time.monotonic() > deadline:
            return None
        time.sleep(0.1)
    return local_url(config.get_option("server.address"), config.get_option("server.port"),
                     config.get_option("server.baseUrlPath"))


def warm_up(say: Callable[[str], None] = print, *, url: str | None = None, wait: float = WAIT_FOR_SERVER) -> bool:
    """Wait for the server (this process's, or the one at ``url``), then have it run the script once; say how it
    went. Never raises: a server that could not be warmed serves as ``streamlit run`` does."""
    deadline = time.monotonic() + wait
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # this machine, never through a proxy
    try:
        url = url or _server_url(deadline)
        while url is not None:
            try:
                with direct.open(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    url = None
                    break
                time.sleep(0.2)
        if url is None:
            say("  Warm-up skipped: the server did not answer; the first visit will load everything itself.")
            return False
        began = time.perf_counter()
        with direct.open(f"{url}/_stcore/script-health-check", timeout=WAIT_FOR_SCRIPT) as answer:
            answer.read()
        say(f"  Warmed up in {time.perf_counter() - began:.1f} s: store read and map ready for the first visitor.")
        return True
    except Exception as problem:  # noqa: BLE001 (the server goes on; the page shows any error of the script)
        say(f"  Warm-up did not finish ({problem}); the first visit will load everything itself.")
        return False
