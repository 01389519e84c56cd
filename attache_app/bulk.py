"""Bulk work (an import of 100,000 rows) without the cyclic garbage collector's pauses.

An import holds hundreds of thousands of live objects at once: the rows read, the planned
persons with their e-mails and telephones, their search entries. Python's cyclic collector
walks every live object at each full collection; during a 100,000-row import into a database
of 100,000 persons it did so 13 times and found nothing to collect (these objects form no
reference cycles: reference counting frees them), and that was 30 % of the import's
processor time (13.6 s → 9.3 s, the peak memory unchanged: benchmarks/RESULTS.md).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the duration of the block. Re-entrant and
    safe across threads (the GUI runs imports in a worker): the collector resumes when
    the last block still open ends, by exception or Cancel too, and only if it was
    running when the first one began. Reference counting still frees memory meanwhile."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
