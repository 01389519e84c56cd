"""How often a generated contact list in a legacy encoding is read back exactly:
`.venv/bin/python -m benchmarks.encodings [--lists N] [--seed S]`.

For every language and encoding of ``tests/unit/importing/generated_lists.py`` (French,
German, Spanish, Italian, Portuguese and Dutch in Windows-1252, ISO-8859-15 and Mac Roman;
Czech and Polish in Windows-1250; Japanese, Chinese and Korean in their national
encodings), N lists of 1 to 200 rows are written, then decoded two ways: by trusting
charset-normalizer's first guess (what Attaché did before, and the baseline), and by
Attaché's evidence (``importing/decode.py``). A list counts as right when its text comes
back exactly. Prints the share of wrong lists for each, and the time per list of each.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter

from attache_app.importing import decode
from attache_app.importing.contact import ImportFileError
from tests.unit.importing.generated_lists import ENCODINGS, contact_list


def _detector_text(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    try:
        return data.decode(best.encoding) if best is not None else ""
    except UnicodeDecodeError:
        return ""


def _attache_text(data: bytes) -> str:
    try:
        return decode.decode(data, "generated.csv")[0]
    except ImportFileError:
        return ""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lists", type=int, default=40, help="lists per language and encoding")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    wrong: dict[str, Counter[str]] = {"detector": Counter(), "attache": Counter()}
    seconds = {"detector": 0.0, "attache": 0.0}
    total = 0
    for locale, encodings in ENCODINGS.items():
        for encoding in encodings:
            for _ in range(args.lists):
                rows = rng.choice([1, 2, 3, 5, 8]) if rng.random() < 0.5 else rng.randint(1, 200)
                generated = contact_list(
                    locale, encoding, rng.randrange(1 << 30), rows, rng.choice(";,\t"),
                    rng.random() < 0.5,
                )  # fmt: skip
                data = generated.data
                total += 1
                for name, read in (("detector", _detector_text), ("attache", _attache_text)):
                    began = time.perf_counter()
                    text = read(data)
                    seconds[name] += time.perf_counter() - began
                    if text != generated.text:
                        wrong[name][f"{locale} {encoding}"] += 1
    print(f"{total} generated lists of 1 to 200 rows, {args.lists} per language and encoding")
    for name, label in (("detector", "charset-normalizer's first guess"), ("attache", "Attaché")):
        count = sum(wrong[name].values())
        worst = ", ".join(f"{k}: {n}" for k, n in wrong[name].most_common(4))
        print(f"{label:34} wrong {count:5} ({100 * count / total:5.2f} %)  {worst}")
    ratio = seconds["attache"] / seconds["detector"]
    print(
        f"time per list: Attaché {1000 * seconds['attache'] / total:.1f} ms, "
        f"detector {1000 * seconds['detector'] / total:.1f} ms (ratio {ratio:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
