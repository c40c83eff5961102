"""The real notices, read at run time, and the 1,000-file benchmark corpus made from them.

The real notices live outside the project (``../shared/corpus`` next to the
repository, or the folder ``NOTELINT_CORPUS`` names); their text is never
copied into the repository. The benchmark corpus is made of byte-for-byte
copies under new names in a work folder in the temp folder, remade when stale.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Outside the repository: autocorrect skips what .gitignore names, and no
# notelint config file of the project applies to the copies.
WORK = Path(tempfile.gettempdir()) / "notelint-benchmarks"
REAL_PREFIX = "real-"  # the corpus also holds a document that is not a notice
COLD_START_FILE = "real-02-quanzhou-sasac-2023.txt"  # 45 KB, the largest real notice: the one a cold start lints


def corpus_folder() -> Path:
    folder = Path(os.environ.get("NOTELINT_CORPUS") or ROOT.parent / "shared" / "corpus")
    if not folder.is_dir():
        raise SystemExit(f"no corpus at {folder}: set NOTELINT_CORPUS to the folder of real notices")
    return folder


def real_notices() -> list[Path]:
    found = sorted(p for p in corpus_folder().glob(f"{REAL_PREFIX}*.txt"))
    if not found:
        raise SystemExit(f"no {REAL_PREFIX}*.txt notices in {corpus_folder()}")
    return found


def make_copies(count: int = 1000) -> Path:
    """``count`` copies of the real notices, round-robin, named ``notice-0001-<original>``."""
    notices = real_notices()
    folder = WORK / f"corpus-{count}"
    stamp = folder / ".made-from"
    recipe = "\n".join(f"{p} {p.stat().st_size} {p.stat().st_mtime_ns}" for p in notices)
    if stamp.is_file() and stamp.read_text("utf-8") == recipe:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for index in range(count):
        original = notices[index % len(notices)]
        shutil.copyfile(original, folder / f"notice-{index + 1:04d}-{original.name}")
    stamp.write_text(recipe, "utf-8")  # hidden: neither notelint nor the peers lint it
    return folder
