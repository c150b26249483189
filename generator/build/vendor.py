"""Third-party browser code the site serves itself, fetched from its registry at build time.

Nothing third-party is committed to the repository. Pagefind comes with the
``pagefind[bin]`` wheel; Mermaid, which draws the relationship diagrams, is
taken from its npm package with the ordinary ``npm pack``, checked against the
SHA-256 pinned here, and kept in a cache shared by all projects on the machine
(``$FACTSHEET_CACHE``, else ``$XDG_CACHE_HOME/factsheet``, else ``~/.cache/factsheet``).

Serving it ourselves keeps the site working offline and under a Content
Security Policy that allows scripts from this site only; the theme would
otherwise load Mermaid from a CDN.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VendorFile:
    """One file out of one pinned npm package version."""

    package: str
    version: str
    member: str
    """Path inside the package tarball."""
    sha256: str
    """Of the file itself, so a changed registry copy is refused."""
    license_member: str = "package/LICENSE"

    @property
    def cache_name(self) -> str:
        return f"{self.package}-{self.version}-{Path(self.member).name}"


MERMAID = VendorFile(
    package="mermaid",
    version="11.17.2",
    member="package/dist/mermaid.min.js",
    sha256="581ed7d74bd9048d0e3a91363927d72ef22942d7722546b27f7cc29e35390eb8",
)
"""Mermaid's browser build; version 11, the major version the theme's integration is written for."""

MERMAID_DOCS_PATH = "assets/vendor/mermaid.min.js"
MERMAID_LICENSE_PATH = "assets/vendor/mermaid.LICENSE.txt"


def cache_dir() -> Path:
    if os.environ.get("FACTSHEET_CACHE"):
        return Path(os.environ["FACTSHEET_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factsheet"


class VendorUnavailable(Exception):
    """The file is neither cached nor obtainable (no npm, no network, a wrong checksum)."""


def vendor_files(spec: VendorFile) -> tuple[bytes, bytes]:
    """The file's bytes and its package's licence text, from the cache or from npm."""
    folder = cache_dir() / "vendor"
    target = folder / spec.cache_name
    licence = folder / f"{spec.package}-{spec.version}-LICENSE"
    if target.is_file() and licence.is_file():
        data = target.read_bytes()
        if hashlib.sha256(data).hexdigest() == spec.sha256:
            return data, licence.read_bytes()
    data, licence_text = _from_npm(spec)
    folder.mkdir(parents=True, exist_ok=True)
    for path, content in ((target, data), (licence, licence_text)):
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.")
        with os.fdopen(fd, "wb") as out:
            out.write(content)
        os.replace(tmp, path)
    return data, licence_text


def _from_npm(spec: VendorFile) -> tuple[bytes, bytes]:
    npm = shutil.which("npm")
    if npm is None:
        raise VendorUnavailable(f"{spec.package} {spec.version} is not cached and npm is not installed")
    with tempfile.TemporaryDirectory(prefix="factsheet-npm-") as tmp:
        done = subprocess.run(
            [npm, "pack", f"{spec.package}@{spec.version}", "--pack-destination", tmp, "--silent"],
            cwd=tmp,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        tarballs = list(Path(tmp).glob("*.tgz"))
        if done.returncode != 0 or len(tarballs) != 1:
            raise VendorUnavailable(f"npm pack {spec.package}@{spec.version} failed: {done.stderr.strip()[-500:]}")
        with tarfile.open(tarballs[0], "r:gz") as archive:
            data = _member(archive, spec.member)
            licence_text = _member(archive, spec.license_member)
    digest = hashlib.sha256(data).hexdigest()
    if digest != spec.sha256:
        raise VendorUnavailable(f"{spec.package} {spec.version}: {spec.member} has SHA-256 {digest}, not {spec.sha256}")
    return data, licence_text


def _member(archive: tarfile.TarFile, name: str) -> bytes:
    try:
        member = archive.getmember(name)
    except KeyError:
        raise VendorUnavailable(f"{name} is not in the package") from None
    handle = archive.extractfile(member) if member.isfile() else None
    if handle is None:
        raise VendorUnavailable(f"{name} is not a file in the package")
    with handle:
        return handle.read()
