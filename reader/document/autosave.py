"""Crash recovery: while a comparison has unsaved changes, a copy is written (atomically) to a
recovery folder; on the next start the app offers what it finds there. Plain Python: the window
chooses the folder and the timer."""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from reader.document.fileformat import EXTENSION, DocumentError, load, save
from reader.document.model import Document


@dataclass(frozen=True)
class Recovery:
    path: Path            # the recovery file
    saved_at: float       # time.time() of the autosave
    document: Document


def recovery_path(folder: Path, session_key: str) -> Path:
    """One recovery file per window session (key: e.g. the document's path or a fresh id)."""
    digest = hashlib.sha1(session_key.encode("utf-8")).hexdigest()[:12]
    return Path(folder) / f"recovery-{digest}{EXTENSION}"


def write_recovery(doc: Document, folder: Path, session_key: str) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = recovery_path(folder, session_key)
    save(doc, path)
    return path


def discard(folder: Path, session_key: str) -> None:
    try:
        recovery_path(folder, session_key).unlink()
    except FileNotFoundError:
        pass


def find_recoveries(folder: Path) -> list[Recovery]:
    """Recoverable work, newest first; unreadable leftovers are skipped (and kept for a human)."""
    found = []
    for p in sorted(Path(folder).glob(f"recovery-*{EXTENSION}")):
        try:
            found.append(Recovery(p, p.stat().st_mtime, load(p)))
        except (DocumentError, OSError):
            continue
    return sorted(found, key=lambda r: -r.saved_at)


def newest(folder: Path) -> Optional[Recovery]:
    found = find_recoveries(folder)
    return found[0] if found else None


def age_text(r: Recovery, now: Optional[float] = None) -> str:
    minutes = int(((now or time.time()) - r.saved_at) // 60)
    return "just now" if minutes < 1 else f"{minutes} min ago" if minutes < 120 else f"{minutes // 60} h ago"
