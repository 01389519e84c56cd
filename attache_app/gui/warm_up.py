"""What the first editor would otherwise compute on the GUI thread, done in a worker once
the window is shown: the country names of the country fields in every language their
search knows (Babel's locale data, ≈ 270 ms), and the phone library (≈ 100 ms to import).
Opening the first contact took half a second of frozen window before."""

from __future__ import annotations

import gc
import logging

from attache_app.gui.workers import TaskRunner

log = logging.getLogger(__name__)

_frozen = False


def freeze_start_up() -> None:
    """Put what the start-up made — modules, classes, the window's pages, widgets and
    models, some 85,000 objects — out of the garbage collector's reach (``gc.freeze``),
    once per process, when the window's pages are all built.

    A full collection looks at every object that may be in a cycle: over the start-up's
    objects it took 30–40 ms of the GUI thread, at moments nobody chooses (opening an
    editor, typing a search) — the longest stall of the window in use. Frozen objects are
    freed as usual when nothing refers to them any more; only a cycle among them would
    stay (the window lives as long as the process). Once per process: a window built
    again (another language, another database) leaves the first freeze as it was."""
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


def warm_up() -> None:
    from attache_app.domain import countries

    countries.warm_up()
    import phonenumbers  # noqa: F401  (imported lazily by the core, first by an editor)


def start(runner: TaskRunner) -> None:
    """Warm up in the thread pool; nothing is shown (a failure only means the first editor
    computes the same itself)."""
    runner.run_free(warm_up, lambda _result: None, lambda message: log.info("%s", message))
