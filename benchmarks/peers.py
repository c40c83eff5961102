"""The tools a user would reach for instead, installed from npm into the
git-ignored ``benchmarks/.peers`` folder, pinned so that runs compare."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / ".peers"
PACKAGES = {"autocorrect": "autocorrect-node@2.14.0", "zhlint": "zhlint@0.8.2"}


@dataclass
class Peer:
    name: str  # the command
    package: str
    binary: Path | None  # None: not installed
    problem: str = ""  # why it is not installed

    @property
    def version(self) -> str:
        manifest = FOLDER / "node_modules" / self.package.rsplit("@", 1)[0] / "package.json"
        return json.loads(manifest.read_text("utf-8"))["version"] if manifest.is_file() else "n/a"


def install() -> dict[str, Peer]:
    """Every peer, installing the missing ones; a peer that cannot be
    installed comes back with ``binary=None`` and the reason."""
    peers = {}
    missing = [name for name in PACKAGES if not (FOLDER / "node_modules" / ".bin" / name).exists()]
    problem = ""
    if missing:
        if shutil.which("npm") is None:
            problem = "npm is not installed"
        else:
            FOLDER.mkdir(exist_ok=True)
            done = subprocess.run(
                [
                    "npm",
                    "install",
                    "--prefix",
                    str(FOLDER),
                    "--no-audit",
                    "--no-fund",
                    *(PACKAGES[name] for name in missing),
                ],
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                problem = "npm install failed: " + (done.stderr.strip().splitlines() or ["?"])[-1]
    for name, package in PACKAGES.items():
        binary = FOLDER / "node_modules" / ".bin" / name
        peers[name] = Peer(name, package, binary if binary.exists() else None, "" if binary.exists() else problem)
    return peers
