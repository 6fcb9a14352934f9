"""Domain packs: the conflict-specific knowledge (actors, places, verbs, lexicons) as YAML data.

A pack is a folder of YAML files, one per section (``actors.yaml``, ``places.yaml``,
``verbs.yaml`` …) plus ``pack.yaml`` with its name. Code never names an actor or a place;
it asks the pack. A researcher studying another conflict copies the folder and edits it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PACKS_DIR = Path(__file__).parent / "packs"
DEFAULT_PACK = "armenia_azerbaijan"


@dataclass(frozen=True)
class Pack:
    """A loaded domain pack: its name, a content hash, and its sections as parsed YAML.

    ``hash`` changes whenever any file of the pack changes, so a manifest that records it
    says exactly which knowledge produced a table.
    """

    name: str
    hash: str
    sections: dict[str, Any] = field(repr=False)

    def section(self, name: str, default: Any = None) -> Any:
        """Return the parsed YAML of section ``name`` (``default`` when the pack lacks it)."""
        return self.sections.get(name, default)

    def __hash__(self) -> int:
        return hash(self.hash)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pack) and other.hash == self.hash


def load_pack(pack: str | Path | Pack | None = None) -> Pack:
    """Load a domain pack by name (a folder in ``toolkit/packs``), by path, or the default.

    Examples:
        >>> load_pack().name
        'armenia_azerbaijan'
    """
    if isinstance(pack, Pack):
        return pack
    path = Path(pack) if pack is not None else PACKS_DIR / DEFAULT_PACK
    if pack is not None and not path.exists() and (PACKS_DIR / str(pack)).is_dir():
        path = PACKS_DIR / str(pack)
    return _load(str(path.resolve()))


@lru_cache(maxsize=8)
def _load(path: str) -> Pack:
    folder = Path(path)
    if not folder.is_dir():
        raise FileNotFoundError(f"no domain pack at {folder}: give a pack name or a folder")
    digest = hashlib.sha256()
    sections: dict[str, Any] = {}
    for file in sorted(folder.glob("*.yaml")):
        raw = file.read_bytes()
        digest.update(file.name.encode() + b"\0" + raw)
        sections[file.stem] = yaml.safe_load(raw.decode("utf-8"))
    meta = sections.get("pack") or {}
    return Pack(name=str(meta.get("name", folder.name)), hash=digest.hexdigest()[:16],
                sections=sections)
