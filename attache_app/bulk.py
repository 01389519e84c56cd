"""Bulk work (an import of 100,000 rows) without the cyclic garbage collector's pauses.

An import holds hundreds of thousands of live objects at once: the rows read, the planned
persons with their e-mails and telephones, their search entries. Python's cyclic collector
walks every live object at each full collection; during a 100,000-row import into a database
of 100,000 persons it did so 13 times and found nothing to collect (these objects form no
reference cycles: reference counting frees them), and that was 30 % of the import's
processor time (13.6 s → 9.3 s, the peak memory unchanged: benchmarks/RESULTS.md).

When the collector resumes, what the bulk work keeps (a preview's plan: some 1.5 million
objects) is moved to the oldest generation without a walk: otherwise the first allocation
after the pause walks them all as the youngest generation (0.4 s after a 100,000-row
preview, with the GIL held: a pause of the window too).
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
            if _depth == 0:
                _age_survivors()
                if _resume:
                    gc.enable()


def _age_survivors() -> None:
    """Move every object the collector tracks to its oldest generation, without looking
    at them (``gc.freeze`` then ``gc.unfreeze``: two list splices), and count the youngest
    generation's allocations from zero again. The objects stay collectable: a cycle among
    them is found by the next full collection, which Python runs when the oldest
    generation has grown by a quarter. Objects a caller froze on purpose (the window's
    start-up, gui/warm_up.py) join the oldest generation too: freezing is an optimisation
    for the pauses of the window, not a promise, and bulk work is rare."""
    gc.freeze()
    gc.unfreeze()
