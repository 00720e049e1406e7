"""Front-end libraries for the web pages, fetched from the npm registry (not copied into
the repository): ``npm pack`` a pinned version, check its integrity hash, and keep the
files the pages load in the assets folder (``UNCAC_KG_ASSETS``, by default
``~/.cache/uncac-kg/assets``).  ``uncac-kg serve`` fetches what is missing; a page
whose library is missing says so instead of failing.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Asset:
    package: str
    version: str
    integrity: str  # the registry's sha512 of the tarball
    files: tuple[tuple[str, str], ...]  # (the name pages load it by under /assets/, the file in the tarball)


ASSETS = (
    Asset("cytoscape", "3.34.4",
          "sha512-msY99tMY8iWTg+sIPGfSqDcPNOt4xcj+v/K/7qUFaCUxxlqnMkUYLBjRUzn9W5CU/R2hrmtJa5+UtovrEM2ctg==",
          (("cytoscape.min.js", "package/dist/cytoscape.min.js"),)),
    Asset("swagger-ui-dist", "5.35.0",
          "sha512-U06rpMtW9V3XPGOBeamTUSr0Z09jMX4IJuANpE/EZbAhw0G8CgwrzU4YmXkn/h0wCDNsXdGarTNNHC3sU8yVUQ==",
          (("swagger-ui-bundle.js", "package/swagger-ui-bundle.js"), ("swagger-ui.css", "package/swagger-ui.css"),
           ("swagger-favicon-32x32.png", "package/favicon-32x32.png"))),
    Asset("@zazuko/yasgui", "4.6.2",
          "sha512-Zw45KdPoAE1KRaAoxIHdQqeJxvaVG1oQdntw0hy0ktX35Zu8ZccuOLrXCLwR+GU+0xMzLw8Mjw6BkSZV2vUuQw==",
          (("yasgui.min.js", "package/build/yasgui.min.js"), ("yasgui.min.css", "package/build/yasgui.min.css"))),
)


def missing(folder: Path) -> list[Asset]:
    return [a for a in ASSETS if not all((folder / name).is_file() for name, _ in a.files)]


def ensure(folder: Path) -> list[str]:
    """Fetch the assets that are missing; return one line per asset that could not be had."""
    problems = []
    for asset in missing(folder):
        try:
            fetch(asset, folder)
        except (OSError, ValueError, subprocess.SubprocessError, tarfile.TarError) as error:
            problems.append(f"{asset.package}@{asset.version}: {error}")
    return problems


def fetch(asset: Asset, folder: Path) -> Path:
    npm = shutil.which("npm")
    if npm is None:
        raise OSError("npm is not installed")
    with tempfile.TemporaryDirectory() as temporary:
        subprocess.run([npm, "pack", f"{asset.package}@{asset.version}", "--silent", "--pack-destination", temporary],
                       check=True, capture_output=True, timeout=120)
        tarball = next(Path(temporary).glob("*.tgz"))
        digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
        if digest != asset.integrity:
            raise ValueError(f"integrity mismatch for {tarball.name}")
        folder.mkdir(parents=True, exist_ok=True)
        with tarfile.open(tarball) as archive:
            for name, inside in asset.files:
                member = archive.extractfile(inside)
                if member is None:
                    raise ValueError(f"{inside} is not in {tarball.name}")
                partial = folder / f".{name}.{os.getpid()}.partial"  # two servers may fetch at once
                partial.write_bytes(member.read())
                partial.replace(folder / name)  # a page never loads half a file
    return folder
