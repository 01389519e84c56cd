"""Start and stop pouchdb-server (packaging/hub/test-hub) on a free port of 127.0.0.1, in
memory, with an administrator: the hub of the sync tests and of benchmarks/bench_sync.py."""

from __future__ import annotations

import contextlib
import fcntl
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
HUB_DIR = ROOT / "packaging" / "hub" / "test-hub"
SERVER = HUB_DIR / "node_modules" / "pouchdb-server" / "bin" / "pouchdb-server"


class HubUnavailable(Exception):
    """Node.js is missing, or the server could not be installed or started."""


def node_present() -> bool:
    return shutil.which("node") is not None and shutil.which("npm") is not None


def install() -> None:
    """npm ci once (CI does it in .ci/run; a fresh checkout does it here, once)."""
    with (HUB_DIR / ".install.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if SERVER.exists():
            return
        done = subprocess.run(
            ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"],
            cwd=HUB_DIR,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        if done.returncode != 0:
            raise HubUnavailable(f"npm ci in {HUB_DIR} failed:\n{done.stderr[-2000:]}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait(root: str, process: subprocess.Popen[bytes] | None) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise HubUnavailable(f"pouchdb-server stopped at start (exit {process.returncode})")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(root + "/", timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise HubUnavailable(f"the test hub at {root} did not answer within 60 s")


@contextlib.contextmanager
def running(folder: Path, admin: tuple[str, str]) -> Iterator[str]:
    """pouchdb-server in memory on 127.0.0.1 (its log and config in ``folder``); its root
    URL. ``admin`` is made its administrator."""
    if not node_present():
        raise HubUnavailable("Node.js is not installed here: the hub needs its pouchdb-server")
    if not SERVER.exists():
        install()
    port = free_port()
    command = [
        "node", str(SERVER), "--in-memory", "-n", "-o", "127.0.0.1", "-p", str(port),
        "-c", str(folder / "config.json"),
    ]  # fmt: skip
    with (folder / "server.log").open("wb") as log:
        process = subprocess.Popen(command, cwd=folder, stdout=log, stderr=subprocess.STDOUT)
        try:
            root = f"http://127.0.0.1:{port}"
            wait(root, process)
            httpx.put(f"{root}/_config/admins/{admin[0]}", json=admin[1]).raise_for_status()
            yield root
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
