"""A synthetic archive of press releases for the bench: paragraphs of ``seeds/`` and
``tests/corpus/`` recombined (seeded) into 3–5 KB documents, with years shifted, datelines
and surnames varied. The same options always write the same archive."""

from __future__ import annotations

import json
import random
import re
import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
YEAR = re.compile(r"\b20[12]\d\b")
MONTHS = "January February March April May June July August September October November December".split()
CITIES = ("Brussels", "Luxembourg", "The Hague", "Warsaw", "Lisbon", "Tallinn", "Vienna")
SIZE = (3000, 5000)  # bytes of a document


def _sources() -> tuple[list[str], list[str]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
             + sorted(CORPUS.glob("*.txt")) + sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md")]
    found = [[p.strip() for p in re.split(r"\n\s*\n", t) if 60 < len(p.strip()) < 1500] for t in texts]
    paragraphs = [p for ps in found for p in ps]
    names = sorted({f["person"] for path in CORPUS.glob("*.gold.json")  # people named in the gold facts
                    for doc in json.loads(path.read_text(encoding="utf-8"))
                    for f in doc["facts"] if f.get("type") == "person_role" and f.get("person")}, key=len, reverse=True)
    return paragraphs, names


def make_archive(folder: Path, n: int, seed: int = 7) -> int:
    """Write ``n`` documents into ``folder``; returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paragraphs, names = _sources()
    lasts, name_re = [x.split()[-1] for x in names], re.compile("|".join(re.escape(x) for x in names))
    written = 0
    for i in range(n):
        shift = rng.randint(-3, 3)
        target = rng.randint(*SIZE)
        chosen: list[str] = []
        while sum(len(p) + 2 for p in chosen) < target - 200:
            chosen.append(rng.choice(paragraphs))
        body = "\n\n".join(chosen)
        body = YEAR.sub(lambda m, s=shift: str(int(m.group(0)) + s), body)
        swap = {x: f"{x.split()[0]} {rng.choice(lasts)}" for x in names if rng.random() < 0.3}  # other surnames
        body = name_re.sub(lambda m, swap=swap: swap.get(m.group(0), m.group(0)), body)
        year = max((int(y) for y in YEAR.findall(body)), default=2020)
        text = f"Press release {i:05d}\n\n{rng.choice(CITIES)}, {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}\n\n{body}\n"
        text = text[: SIZE[1]].rsplit("\n", 1)[0] + "\n" if len(text.encode()) > SIZE[1] else text
        (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
    return written


def archive(n: int, seed: int = 7, root: Path = Path("/tmp")) -> Path:
    """The archive of ``n`` documents, written once into ``root`` and reused."""
    folder = root / f"jhakg-bench-archive-{n}-{seed}"
    done = folder / ".complete"
    if not done.exists():
        make_archive(folder, n, seed)
        done.write_text("", encoding="utf-8")
    return folder


if __name__ == "__main__":
    import sys

    folder = archive(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
    sizes = [p.stat().st_size for p in folder.glob("*.txt")]
    print(folder, len(sizes), min(sizes), statistics.median(sizes), max(sizes))
