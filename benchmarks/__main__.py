"""Run every benchmark: `.venv/bin/python -m benchmarks [--db BIG.db]`.

Each prints the project's figure, its baseline measured in the same run, and the ratio.
"""

from __future__ import annotations

import sys

from benchmarks import bench_gui

if __name__ == "__main__":
    sys.exit(bench_gui.main(sys.argv[1:]))
