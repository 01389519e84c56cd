"""What the first editor would otherwise compute on the GUI thread, done in a worker once
the window is shown: the country names of the country fields in every language their
search knows (Babel's locale data, ≈ 270 ms), and the phone library (≈ 100 ms to import).
Opening the first contact took half a second of frozen window before."""

from __future__ import annotations

import logging

from attache_app.gui.workers import TaskRunner

log = logging.getLogger(__name__)


def warm_up() -> None:
    from attache_app.domain import countries

    countries.warm_up()
    import phonenumbers  # noqa: F401  (imported lazily by the core, first by an editor)


def start(runner: TaskRunner) -> None:
    """Warm up in the thread pool; nothing is shown (a failure only means the first editor
    computes the same itself)."""
    runner.run_free(warm_up, lambda _result: None, lambda message: log.info("%s", message))
