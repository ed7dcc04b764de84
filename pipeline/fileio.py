"""Files: writing so that a reader never sees half of one, nor half of a set (temporary files
beside their targets, renamed only when all are complete), a lock for a folder that several
runs write into, and where the pipeline keeps its caches.

Failures are OSErrors naming the target (never a temporary file); the callers turn them into
one-line messages.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import signal
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any, BinaryIO

#: The lock file in an output folder: held while a set is written there (see `folder_lock`).
LOCK_NAME = ".pipeline.lock"

#: Names of something else, written into and never replaced even when they lead to a regular
#: file: open descriptors (/dev/stdout, /dev/fd/1 and /proc/self/fd/1 lead to whatever the
#: descriptor is) and the kernel's own files. /dev/shm and the like hold ordinary files.
PSEUDO_ROOTS = ("/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/", "/sys/")

#: The signals that end a run; while a set is being put in place they wait (`signals_deferred`).
ENDING_SIGNALS = (signal.SIGINT, signal.SIGTERM)

# Everything this process has put in place (renamed or streamed), so that an interrupted run
# can say truthfully what is on disk (pipeline.cli reads it through `placed()`).
_placed: list[Path] = []

#: What a file is written from: text (as UTF-8), bytes, or pieces of either and of binary
#: files (read from their start: a large output's body spooled on disk), written in order.
Piece = str | bytes | BinaryIO
Content = str | bytes | tuple[Piece, ...]


def atomic_write(path: Path, content: Content) -> None:
    """Write `content` (text as UTF-8 with \\n line ends, or bytes) to `path` atomically."""
    write_set([(path, content)])


def write_set(files: Sequence[tuple[Path, Content]], pause: float = 0.0) -> None:
    """Put every file in place, or none: each is written to a temporary file beside its target,
    and the temporaries are renamed only when all are complete (with SIGINT and SIGTERM held
    back meanwhile). On any failure the temporaries are removed and the targets left as they were.

    A target that exists and is not a regular file (a FIFO, a device, /dev/stdout) is streamed
    into instead of replaced, after the regular files are complete and before they are renamed.
    A symbolic link to a regular file is followed: the file it names is replaced, the link kept.
    An OSError names the target, not the temporary file. `pause` (tests only): seconds to wait
    after each temporary file, announced on stderr."""
    staged: list[tuple[Path, Path]] = []  # (temporary, target)
    streams: list[tuple[Path, Content]] = []
    try:
        for path, content in files:
            if is_stream(path):
                streams.append((path, content))
                continue
            _stage(path, content, staged)
            if pause:
                print(f"[test] paused after writing {path.name}", file=sys.stderr, flush=True)
                time.sleep(pause)
        for path, content in streams:
            _stream(path, content)
            _placed.append(path)
        _place(staged)
    except BaseException:
        discard_staged(staged)
        raise


def is_stream(path: Path) -> bool:
    """Whether writing `path` means writing into it rather than replacing it: it exists and is
    not a regular file, or it is the name of a descriptor or a kernel file (PSEUDO_ROOTS)."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    names = (str(path.absolute()), os.path.realpath(path))
    return not stat.S_ISREG(st.st_mode) or any(n.startswith(PSEUDO_ROOTS) for n in names)


def _temporary(target: Path, named: Path) -> tuple[int, Path]:
    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(named)) from None
    return fd, Path(name)


def _fill(fd: int, content: Content, named: Path, sync: bool = True) -> None:
    """Write the temporary file whole and (with `sync`) flush it to the disk, so that a late
    ENOSPC or EIO shows here and not after the rename."""
    try:
        with os.fdopen(fd, "wb") as f:
            _write(f, content)
            f.flush()
            if sync:
                os.fsync(f.fileno())
            os.fchmod(f.fileno(), 0o666 & ~_umask())
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(named)) from None


def stage_set(files: Sequence[tuple[Path, Content]]) -> list[tuple[Path, Path]]:
    """The first half of `write_set`, for a process that writes a set another one puts in
    place: each file written whole to a temporary file beside its target (a regular file or
    none; a symbolic link is followed), not yet flushed to the disk nor renamed. Returns the
    (temporary, target) pairs for `place_staged`; on failure the temporaries are removed."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, content in files:
            _stage(path, content, staged, sync=False)
    except BaseException:
        discard_staged(staged)
        raise
    return staged


def place_staged(staged: Sequence[tuple[Path, Path]]) -> None:
    """The second half: flush each temporary file of `stage_set` to the disk and rename them
    all over their targets, as `write_set` does; on failure they are removed (an OSError
    names the target) and the targets left as they were."""
    try:
        for tmp, target in staged:
            _flush(tmp, target)
        _place(staged)
    except BaseException:
        discard_staged(staged)
        raise


def _stage(path: Path, content: Content, staged: list[tuple[Path, Path]], sync: bool = True) -> None:
    """Write one file of a set to a temporary file beside its target (a symbolic link followed),
    listed in `staged` as (temporary, target) before anything else can happen."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    with signals_deferred():  # a temporary file is never made without being listed
        fd, tmp = _temporary(target, path)
        staged.append((tmp, target))
    _fill(fd, content, path, sync)


def _place(staged: Sequence[tuple[Path, Path]]) -> None:
    """Rename a set's complete temporary files over their targets, then sync their folders."""
    with signals_deferred():
        _commit(staged)
        _placed.extend(target for _, target in staged)
    _sync_folders({target.parent for _, target in staged})


def discard_staged(staged: Sequence[tuple[Path, Path]]) -> None:
    """Remove the temporary files of a set that is not to be put in place."""
    with signals_deferred():
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _flush(tmp: Path, target: Path) -> None:
    try:
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(target)) from None


def _commit(staged: Sequence[tuple[Path, Path]]) -> None:
    """Rename each temporary file over its target. Should one rename fail, the targets already
    replaced get their previous file back (kept meanwhile as a hard link, where the file
    system has them) and those that did not exist are removed again."""
    undo: list[tuple[Path, Path | None]] = []  # (target, its previous file, kept)
    try:
        for tmp, target in staged:
            undo.append((target, _keep(target)))
            os.replace(tmp, target)
    except OSError as e:
        failed, kept = undo.pop()
        for target, old in reversed(undo):
            with contextlib.suppress(OSError):
                if old:
                    os.replace(old, target)
                else:
                    os.unlink(target)
        undo = [(failed, kept)]
        raise OSError(e.errno, e.strerror, str(failed)) from None
    finally:
        for _, old in undo:
            if old:
                with contextlib.suppress(OSError):
                    os.unlink(old)


def _keep(target: Path) -> Path | None:
    """A hard link to the file at `target`, if there is one and the file system allows it."""
    if not target.is_file():
        return None
    old = target.with_name(f".{target.name}.{os.getpid()}.old")
    with contextlib.suppress(OSError):
        os.unlink(old)
    try:
        os.link(target, old)
    except OSError:
        return None
    return old


def _stream(path: Path, content: Content) -> None:
    """Write into an existing FIFO, device or descriptor (appending, never truncating)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOCTTY | os.O_CLOEXEC)
        with os.fdopen(fd, "wb") as f:
            _write(f, content)
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(path)) from None


def _write(f: BinaryIO, content: Content) -> None:
    for piece in content if isinstance(content, tuple) else (content,):
        if isinstance(piece, str | bytes):
            f.write(piece if isinstance(piece, bytes) else piece.encode("utf-8"))
        else:
            piece.seek(0)
            shutil.copyfileobj(piece, f, COPY_BLOCK)


#: Bytes copied at a time from a spooled piece.
COPY_BLOCK = 1 << 20


def _sync_folders(folders: set[Path]) -> None:
    """Make the renames durable; a folder that cannot be synced is no error (they are done)."""
    for folder in folders:
        with contextlib.suppress(OSError):
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def placed() -> list[Path]:
    """The files this process has put in place (renamed into place or streamed into)."""
    return list(_placed)


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block is done, then take effect as they would have.

    Python runs signal handlers in the main thread only, so swapping the handlers there is
    enough, whichever thread the kernel delivered to; elsewhere this does nothing."""
    try:
        previous = {s: signal.signal(s, _record) for s in ENDING_SIGNALS}
    except ValueError:  # not the main thread
        yield
        return
    _pending.append([])
    try:
        yield
    finally:
        arrived = _pending.pop()
        for s, handler in previous.items():
            if handler is not None:  # None: set outside Python, cannot be put back
                signal.signal(s, handler)
        for signum in dict.fromkeys(arrived):
            signal.raise_signal(signum)


_pending: list[list[int]] = []  # one list per open signals_deferred() block (they nest)


def _record(signum: int, frame: FrameType | None) -> None:
    _pending[-1].append(signum)


def make_folder(folder: Path) -> list[Path]:
    """Create `folder` and any missing parents; the folders made, outermost first."""
    missing = [p for p in (folder, *folder.parents) if not os.path.lexists(p)][::-1]
    folder.mkdir(parents=True, exist_ok=True)
    return missing


def remove_if_empty(folders: Sequence[Path]) -> None:
    """Remove the folders (innermost first) that are still empty; leave the rest."""
    for folder in reversed(folders):
        with contextlib.suppress(OSError):
            folder.rmdir()


def probe_writable(folder: Path) -> None:
    """Raise the OSError that creating a file in `folder` would raise (EROFS, EACCES …)."""
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".pipeline.", suffix=".probe")
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(folder)) from None
    os.close(fd)
    os.unlink(name)


class LockBusy(TimeoutError):
    """Another process held the folder's lock for longer than the wait; `holder` is its pid
    as the lock file records it ("" when unknown)."""

    def __init__(self, lock: Path, waited: float, holder: str) -> None:
        super().__init__(errno.EAGAIN, "lock held by another process", str(lock))
        self.lock, self.waited, self.holder = lock, waited, holder


@contextlib.contextmanager
def folder_lock(folder: Path, wait: float) -> Iterator[Path]:
    """Hold `folder`/.pipeline.lock (an exclusive flock) for the block; wait for it at most
    `wait` seconds, then raise LockBusy. The lock file is removed when released.

    One lock per folder, shared by everything that writes a set into it (the runner's outputs,
    a manifest), so no two processes ever mix their files there."""
    lock = folder / LOCK_NAME
    fd = _acquire(lock, time.monotonic() + wait, wait)
    try:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        yield lock
    finally:
        # Removed while still held: a process that opened it meanwhile sees, once it gets the
        # lock, that the name no longer leads to its file, and starts again (`_acquire`).
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)


def _acquire(lock: Path, deadline: float, wait: float) -> int:
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise LockBusy(lock, wait, _holder(fd)) from None
                    time.sleep(0.05)
            try:
                current = os.stat(lock)
            except FileNotFoundError:
                current = None
            mine = os.fstat(fd)
            if current is not None and (current.st_dev, current.st_ino) == (mine.st_dev, mine.st_ino):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the holder removed the file as it let go: lock the new one


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError):
        return os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return ""


def cache_dir() -> Path:
    """The folder of the pipeline's caches: $PIPELINE_CACHE, else ~/.cache/pipeline."""
    base = os.environ.get("PIPELINE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "pipeline"
    )
    return Path(base)


def files_version(paths: Sequence[Path]) -> str:
    """The sizes and times of `paths` (those that exist): a cache made from them is made again
    when they change."""
    stats = [p.stat() for p in paths if p.exists()]
    return "-".join(f"{st.st_size}-{st.st_mtime_ns}" for st in stats) or "none"


def cached(name: str, build: Callable[[], Any]) -> Any:
    """`build()`, kept in the cache folder as `name` (marshal: plain dicts, lists, tuples and
    strings) and read back from there on later runs; a cache that cannot be written costs only
    a slower next run."""
    import marshal

    path = cache_dir() / name
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, marshal.dumps(value))
    except OSError:
        pass
    return value
