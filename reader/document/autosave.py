"""Crash recovery: while a comparison has unsaved changes, a copy is written (atomically) to a
recovery folder; on the next start the app offers what it finds there. Plain Python: the window
chooses the folder and the timer.

The folder may be unusable (a file in its place, no permission, a full disk): then recovery copies
cannot be written, but reading and discarding them never stops the app."""
from __future__ import annotations

import hashlib
import os
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
    """Remove this session's recovery copy. One that cannot be removed (an unusable folder) is
    left: at worst it is offered again on the next start."""
    try:
        recovery_path(folder, session_key).unlink()
    except OSError:
        pass


def folder_problem(folder: Path) -> Optional[str]:
    """Why recovery copies cannot be written in folder, or None when they can. Creates nothing:
    the folder is made on the first autosave."""
    folder = Path(folder)
    existing = folder
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return f"{existing} is not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"{existing} is not writable"
    return None


def find_recoveries(folder: Path) -> list[Recovery]:
    """Recoverable work, newest first; unreadable leftovers are skipped (and kept for a human)."""
    found = []
    try:
        candidates = sorted(Path(folder).glob(f"recovery-*{EXTENSION}"))
    except OSError:         # an unreadable folder holds nothing we can offer
        return []
    for p in candidates:
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
