"""Nothing half-written, nothing overwritten: how the outputs are written when things go wrong.

The faults are real, never mocks of the project's code: a 200 KB tmpfs that fills up, a
read-only tmpfs, /sys/kernel (EACCES even for root), a FIFO read by a thread, character devices
made with mknod, SIGINT and SIGTERM sent to a real `python -m pipeline` at the moment it writes
(PIPELINE_TEST_PAUSE_WRITE makes it pause between the files of a set), and two real runs
writing into one folder at once. Mounting needs root (CI runs as root); where it is not
permitted those tests are skipped and pytest prints why.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pipeline.cli import interrupted_line, main
from pipeline.fileio import LOCK_NAME, LockBusy, folder_lock, signals_deferred, write_set
from pipeline.runner import TEST_PAUSE_ENV as PAUSE_ENV
from tests.conftest import ROOT, SAMPLE

SUFFIXES = (".jsonl", ".md", ".html", ".tmx", ".tsv")
# Two different pages of the same name (from tests/golden's sample's own sentences), so that
# every one of the five outputs differs between them and a mixed set shows.
PAGE_A = "西和县坚持以高质量发展为统揽。全年接待游客390多万人次。\n\n乡村振兴取得新进展。\n"
PAGE_B = "陇南市融媒体中心主任陈宇星。\n\n全县粮食总产量达到12.5万吨。\n"
# A line of the slow test engine (tests/engines/slow_engine.py): translation had begun.
TRANSLATING = "translating"
SLOW = "tests.engines.slow_engine:SlowEngine"


# Helpers: the CLI as a user meets it, in this process (main(): one line, an exit code) or as
# a real subprocess; a folder's whole content; mounts.

def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        *args: str | Path) -> tuple[int, list[str]]:
    """Run `pipeline ARGS` through main(); return (exit status, stderr lines)."""
    monkeypatch.setattr(sys, "argv", ["pipeline", *map(str, args)])
    capsys.readouterr()
    try:
        main()
        code = 0
    except SystemExit as e:
        code = int(e.code or 0)
    return code, capsys.readouterr().err.splitlines()


def spawn(*args: str | Path, env: dict[str, str] | None = None, **kw: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", *map(str, args)], cwd=ROOT, text=True,
        stderr=subprocess.PIPE, stdout=kw.pop("stdout", subprocess.DEVNULL),  # type: ignore[arg-type]
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        # A test run started in the background by a shell has SIGINT ignored, and children
        # inherit that: give the child the default disposition, as a terminal would.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def page(folder: Path, text: str = PAGE_A, name: str = "page.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def content(folder: Path) -> dict[str, bytes]:
    """Every regular file in the folder (hidden ones too) with its bytes; FIFOs and devices
    by name only (reading them would block or never end)."""
    return {p.name: p.read_bytes() if p.is_file() else b"" for p in sorted(folder.iterdir())}


def leftovers(folder: Path) -> list[str]:
    """Temporary files, backups and lock files a write may leave."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def errors(lines: list[str]) -> list[str]:
    """The stderr lines that are not the run's ordinary summary or the test pause's marks."""
    return [x for x in lines if not x.startswith(("translate:", "[test]", "translating"))]


@pytest.fixture
def mount() -> Iterator[Callable[..., Path]]:
    """mount(folder, "size=200k" [, "ro"]): a tmpfs there, unmounted afterwards; skips (with the
    reason printed) where mounting is not permitted."""
    mounted: list[Path] = []

    def do(folder: Path, *options: str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(folder)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {proc.stderr.strip()}")
        mounted.append(folder)
        return folder

    yield do
    for folder in reversed(mounted):
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def remount_ro(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the file system of `folder` to the last block, then free `leave` bytes again."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
                f.flush()
        except OSError:
            pass
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))


# 1. One set, whole or not at all.

def test_a_full_disk_leaves_nothing_and_says_so(mount: Callable[..., Path], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # the report: the sample's five outputs (~600 KB) into a 200 KB tmpfs left page.jsonl alone
    # and a traceback
    disk = mount(tmp_path / "disk", "size=200k")
    code, err = cli(capsys, monkeypatch, "run", SAMPLE, "-o", disk)
    assert (code, errors(err)) == (1, [
        f"error: cannot write {disk}/xihe-interview.zh.md: no space left on device"]), err
    assert list(disk.iterdir()) == []  # not even the .jsonl, which fitted


@pytest.mark.parametrize("room", [
    0,          # no block free: the first temporary file fails
    3 * 4096,   # room for the first output (jsonl, ~2 KB) but not for the rest
])
def test_a_full_disk_keeps_the_previous_set(mount: Callable[..., Path], tmp_path: Path, room: int,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    disk = mount(tmp_path / "disk", "size=200k")
    src = page(tmp_path / "src")
    out = disk / "out"
    assert cli(capsys, monkeypatch, "run", src, "-o", out)[0] == 0
    before = content(out)
    fill(disk, leave=room)
    code, err = cli(capsys, monkeypatch, "run", page(tmp_path / "other", PAGE_B), "-o", out)
    assert code == 1
    [line] = errors(err)
    assert line.startswith(f"error: cannot write {out}/page.") and line.endswith(
        ": no space left on device"), line
    assert content(out) == before  # byte-identical, and no temporary file left


def test_a_read_only_folder_is_refused_before_any_translation(
        mount: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = mount(tmp_path / "disk", "size=200k")
    src = page(tmp_path / "src")
    assert cli(capsys, monkeypatch, "run", src, "-o", out)[0] == 0
    before = content(out)
    remount_ro(out)  # EROFS: the output folder itself cannot be written any more
    code, err = cli(capsys, monkeypatch, "run", src, "-o", out, "--engine", SLOW)
    assert (code, err) == (1, [f"error: cannot write into {out}: read-only file system"])
    assert content(out) == before
    # a folder to be made on a read-only file system
    code, err = cli(capsys, monkeypatch, "run", src, "-o", out / "new", "--engine", SLOW)
    assert (code, err) == (1, [f"error: {out / 'new'}: cannot create output folder "
                                "(read-only file system)"])


@pytest.mark.parametrize("folder, cause", [
    ("/sys/kernel", "permission denied"),   # EACCES, for root too (sysfs refuses new files)
    ("/proc/self", "no such file or directory"),  # procfs has no room for new files at all
])
def test_a_pseudo_file_system_is_refused_before_any_translation(
        folder: str, cause: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    if not Path(folder).is_dir():
        pytest.skip(f"{folder} does not exist here (Linux only)")
    code, err = cli(capsys, monkeypatch, "run", page(tmp_path), "-o", folder, "--engine", SLOW)
    assert (code, err) == (1, [f"error: cannot write into {folder}: {cause}"])


def input_named_as_an_output(tmp: Path) -> tuple[Path, Path, tuple[str | Path, ...]]:
    return page(tmp, name="page.md"), tmp, ()  # page.md → page.md


def glossary_named_as_an_output(tmp: Path) -> tuple[Path, Path, tuple[str | Path, ...]]:
    glossary = page(tmp / "out", "zh\ten\n", "page.tsv")
    return page(tmp / "src"), tmp / "out", ("--glossary", glossary)


def a_file_as_the_folder(tmp: Path) -> tuple[Path, Path, tuple[str | Path, ...]]:
    return page(tmp), page(tmp, "x", "out.txt"), ()


def a_folder_named_as_an_output(tmp: Path) -> tuple[Path, Path, tuple[str | Path, ...]]:
    (tmp / "out" / "page.html").mkdir(parents=True)
    return page(tmp / "src"), tmp / "out", ()


@pytest.mark.parametrize("setup, message", [
    (input_named_as_an_output,
     "{tmp}/page.md: output would overwrite the input; choose another -o folder"),
    (glossary_named_as_an_output,
     "{tmp}/out/page.tsv: output would overwrite the input; choose another -o folder"),
    (a_file_as_the_folder,
     "{tmp}/out.txt: cannot create output folder (it exists and is not a folder; -o takes a folder)"),
    (a_folder_named_as_an_output,
     "{tmp}/out/page.html: is a folder; choose another -o folder"),
])
def test_output_checks_come_before_any_translation(
        setup: Callable[[Path], tuple[Path, Path, tuple[str | Path, ...]]], message: str,
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    src, out, extra = setup(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    code, err = cli(capsys, monkeypatch, "run", src, "-o", out, "--engine", SLOW, *extra)
    assert (code, err) == (1, ["error: " + message.format(tmp=tmp_path)])  # no "translating"
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_a_folder_made_for_a_failed_run_is_removed(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    empty = page(tmp_path, "\n\n")  # refused by ingest, after the output folder was made
    code, err = cli(capsys, monkeypatch, "run", empty, "-o", tmp_path / "new" / "out")
    assert code == 1 and err == ["error: page.txt: the file is empty; nothing to translate"]
    assert not (tmp_path / "new").exists()


@pytest.mark.slow
@pytest.mark.parametrize("signum, after, status, line", [
    # after the first temporary file; after the last, just before the renames
    (signal.SIGINT, "page.jsonl", 130, "interrupted: no output written"),
    (signal.SIGINT, "page.tsv", 130, "interrupted: no output written"),
    (signal.SIGTERM, "page.jsonl", 143, "terminated: no output written"),
])
def test_a_signal_while_writing_keeps_the_previous_set(
        signum: int, after: str, status: int, line: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    assert cli(capsys, monkeypatch, "run", page(tmp_path / "src"), "-o", out)[0] == 0
    before = content(out)
    # the report: a re-run with other settings, interrupted while writing
    # pauses of 2 s after each file: the signal is sent the moment the mark is read
    proc = spawn("run", page(tmp_path / "other", PAGE_B), "-o", out, "--layout", "interlinear",
                 env={PAUSE_ENV: "2"})
    assert proc.stderr is not None
    seen = []
    for got in proc.stderr:
        seen.append(got)
        if got.startswith(f"[test] paused after writing {after}"):
            break
    assert seen and after in seen[-1], "".join(seen)
    temporaries = [n for n in leftovers(out) if n.endswith(".tmp")]
    assert len(temporaries) == SUFFIXES.index(after[4:]) + 1  # the moment of writing
    proc.send_signal(signum)
    _, rest = proc.communicate(timeout=60)
    assert proc.returncode == status
    assert errors(rest.splitlines()) == [line], rest
    assert content(out) == before  # byte-identical; no temporary or lock file left


# 2. Concurrent runs never mix their sets.

@pytest.mark.slow
def test_two_runs_into_one_folder_never_mix_their_sets(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = page(tmp_path / "a", PAGE_A), page(tmp_path / "b", PAGE_B)
    sets = {}
    for name, src in (("a", a), ("b", b)):
        assert cli(capsys, monkeypatch, "run", src, "-o", tmp_path / f"ref-{name}")[0] == 0
        sets[name] = content(tmp_path / f"ref-{name}")
    assert all(sets["a"][n] != sets["b"][n] for n in sets["a"])  # a mixed set would show
    out = tmp_path / "out"
    out.mkdir()
    with folder_lock(out, wait=0):  # both runs reach the writing while the folder is taken
        runs = [spawn("run", src, "-o", out, env={PAUSE_ENV: "0.3"}) for src in (a, b)]
        for run in runs:
            assert run.stderr is not None
            assert next(run.stderr).startswith("translate:")  # done translating: about to write
        time.sleep(0.3)
        assert leftovers(out) == [LOCK_NAME]  # both wait
    # now one writes its set (pausing 0.3 s after each file) while the other waits its turn
    samples = []
    while any(run.poll() is None for run in runs):
        samples.append(leftovers(out))
        time.sleep(0.1)
    errs = [run.communicate(timeout=60)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errs
    assert content(out) in (sets["a"], sets["b"])  # one whole set, never a mix
    # at no moment two runs' temporary files side by side: at most one per output
    assert all(sum(n.startswith(f".page{s}.") for n in names) <= 1 for names in samples for s in SUFFIXES)
    assert any(n.endswith(".tmp") for names in samples for n in names)  # the writing was seen


def test_a_run_waits_for_the_lock_then_gives_up_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    assert cli(capsys, monkeypatch, "run", page(tmp_path / "src"), "-o", out)[0] == 0
    before = content(out)
    monkeypatch.setenv("PIPELINE_LOCK_WAIT", "0.5")
    with folder_lock(out, wait=0):  # another writer (a separate open file: flock excludes it)
        t0 = time.monotonic()
        code, err = cli(capsys, monkeypatch, "run", page(tmp_path / "other", PAGE_B), "-o", out)
        waited = time.monotonic() - t0
        assert (out / LOCK_NAME).read_text() == f"{os.getpid()}\n"
    assert (code, errors(err)) == (1, [
        f"error: {out}: another pipeline run (pid {os.getpid()}) is writing into this folder; "
        f"gave up after waiting 0.5 s for {out / LOCK_NAME}"])
    assert waited >= 0.5
    assert content(out) == before  # the lock file went with its holder


def test_the_folder_lock_excludes_and_survives_its_file_being_removed(tmp_path: Path) -> None:
    # threads holding the lock one after another, each through its own open file: the holder
    # removes the file as it lets go, while others wait on the old one (fileio._acquire)
    inside: list[int] = []
    overlaps: list[int] = []

    def hold(i: int) -> None:
        with folder_lock(tmp_path, wait=30):
            inside.append(i)
            if len(inside) > 1:
                overlaps.append(i)
            time.sleep(0.02)
            inside.remove(i)

    threads = [threading.Thread(target=hold, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert overlaps == [] and list(tmp_path.iterdir()) == []
    with folder_lock(tmp_path, wait=0), pytest.raises(LockBusy), folder_lock(tmp_path, wait=0.1):
        pass


# 3. Never destroy a user's file.

def own_input_cases(tmp: Path) -> list[tuple[list[str | Path], Path, str]]:
    """(arguments, the input the -o names, the fix the message gives) for each command."""
    txt = page(tmp / "in")
    csv = tmp / "in" / "deepl.csv"
    csv.write_text("source,target\n三城五地,Three Cities and Five Bases\n", encoding="utf-8")
    tsv = tmp / "in" / "d.tsv"
    tsv.write_text("zh\ten\n三城五地\tThree Cities and Five Bases\n", encoding="utf-8")
    link = tmp / "in" / "link.tsv"
    link.symlink_to(tsv)
    hard = tmp / "in" / "hard.tsv"
    os.link(tsv, hard)
    in_out = page(tmp / "out", "zh\ten\n", "page.md")  # a glossary named as an output of page.txt
    file, folder = "choose another -o file", "choose another -o folder"
    return [
        (["glossary", "suggest", txt, "-o", txt], txt, file),  # the report's three
        (["glossary", "import", csv, "-o", csv], csv, file),
        (["glossary", "export", tsv, "--format", "csv", "-o", tsv], tsv, file),
        (["glossary", "suggest", txt, "--glossary", tsv, "-o", tsv], tsv, file),
        (["glossary", "export", tmp / "in", "--format", "csv", "-o", tsv], tsv, file),  # in a folder
        (["glossary", "export", tsv, "--format", "tbx", "-o", link], link, file),  # a link to it
        (["glossary", "export", tsv, "--format", "tbx", "-o", hard], hard, file),  # its other name
        (["run", txt, "--glossary", in_out, "-o", tmp / "out"], in_out, folder),
    ]


@pytest.mark.parametrize("case", range(8))
def test_no_command_writes_over_its_own_input(case: int, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    args, target, fix = own_input_cases(tmp_path)[case]
    before = content(tmp_path / "in") | content(tmp_path / "out")
    code, err = cli(capsys, monkeypatch, *args)
    assert (code, err) == (1, [f"error: {target}: output would overwrite the input; {fix}"])
    assert content(tmp_path / "in") | content(tmp_path / "out") == before


def test_align_never_writes_over_the_english(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    zh = page(tmp_path / "src")
    en = page(tmp_path / "out", "Xihe County.\n", "page.tsv")  # named as an output of page.txt
    code, err = cli(capsys, monkeypatch, "align", zh, en, "-o", tmp_path / "out")
    assert (code, err) == (1, [f"error: {en}: output would overwrite the input; choose another -o folder"])
    assert en.read_text(encoding="utf-8") == "Xihe County.\n"


def read_in_thread(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    got: list[bytes] = []
    thread = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    thread.start()
    return thread, got


def test_a_fifo_target_is_written_into_not_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    src = page(tmp_path / "src")
    assert cli(capsys, monkeypatch, "run", src, "-o", tmp_path / "ref")[0] == 0
    out = tmp_path / "out"
    out.mkdir()
    fifo = out / "page.jsonl"
    os.mkfifo(fifo)
    thread, got = read_in_thread(fifo)
    assert cli(capsys, monkeypatch, "run", src, "-o", out)[0] == 0
    thread.join(timeout=30)
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the FIFO
    assert got == [(tmp_path / "ref" / "page.jsonl").read_bytes()]
    assert {n: b for n, b in content(out).items() if n != "page.jsonl"} == {
        n: b for n, b in content(tmp_path / "ref").items() if n != "page.jsonl"}
    # a glossary command's -o
    os.mkfifo(tmp_path / "g.fifo")
    thread, got = read_in_thread(tmp_path / "g.fifo")
    code, _ = cli(capsys, monkeypatch, "glossary", "export", "--format", "tsv", "-o", tmp_path / "g.fifo")
    thread.join(timeout=30)
    assert code == 0 and got[0].startswith(b"zh\ten\t") and stat.S_ISFIFO((tmp_path / "g.fifo").stat().st_mode)


def device(folder: Path, name: str, major: int, minor: int) -> Path:
    path = folder / name
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
    except OSError as e:
        pytest.skip(f"cannot make a character device here ({e.strerror}; needs root)")
    return path


@pytest.mark.parametrize("command", [["glossary", "export", "--format", "tsv"],
                                     ["glossary", "import", str(Path(__file__).parent / "data" / "deepl.csv")]])
def test_a_device_target_is_written_into_not_replaced(command: list[str], tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # copies of /dev/null (1, 3) and /dev/full (1, 7; every write fails with ENOSPC), so that a
    # regression replaces these and never the machine's own
    null, full = device(tmp_path, "null", 1, 3), device(tmp_path, "full", 1, 7)
    assert cli(capsys, monkeypatch, *command, "-o", null)[0] == 0
    code, err = cli(capsys, monkeypatch, *command, "-o", full)
    assert (code, errors(err)) == (1, [f"error: cannot write {full}: no space left on device"])
    assert [stat.S_ISCHR(p.stat().st_mode) for p in (null, full)] == [True, True]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full", "null"]  # no temporary file


def test_a_device_among_a_runs_outputs_fails_the_set(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    assert cli(capsys, monkeypatch, "run", page(tmp_path / "src"), "-o", out)[0] == 0
    (out / "page.tmx").unlink()
    full = device(out, "page.tmx", 1, 7)  # a copy of /dev/full: every write fails, ENOSPC
    before = content(out)
    code, err = cli(capsys, monkeypatch, "run", page(tmp_path / "other", PAGE_B), "-o", out)
    assert (code, errors(err)) == (1, [f"error: cannot write {full}: no space left on device"])
    assert content(out) == before and stat.S_ISCHR(full.stat().st_mode)


DEEPL_TSV = "zh\ten\tnote\tkind\tsource\tvariants\n三城五地\t"  # the start of deepl.csv as TSV


@pytest.mark.parametrize("target", ["-", "/dev/stdout", "/dev/fd/1"])
def test_dash_and_dev_stdout_write_to_standard_output(target: str, tmp_path: Path) -> None:
    proc = spawn("glossary", "import", Path(__file__).parent / "data" / "deepl.csv", "-o", target,
                 stdout=subprocess.PIPE)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert out.startswith(DEEPL_TSV), out
    # standard output redirected to a regular file (`> file`): written into, not replaced
    file = tmp_path / "stdout.tsv"
    with file.open("w") as f:
        proc = spawn("glossary", "import", Path(__file__).parent / "data" / "deepl.csv", "-o", target,
                     stdout=f)
        inode = os.fstat(f.fileno()).st_ino
        assert proc.wait(timeout=120) == 0
    assert file.stat().st_ino == inode and file.read_text(encoding="utf-8").startswith(DEEPL_TSV)


def test_a_regular_file_under_dev_is_replaced_not_appended_to() -> None:
    shm = Path("/dev/shm")
    if not shm.is_dir() or not os.access(shm, os.W_OK):
        pytest.skip("no writable /dev/shm here")
    path = shm / f"pipeline-test-{os.getpid()}.tsv"
    try:
        path.write_text("old\n", encoding="utf-8")
        write_set([(path, "new\n")])
        assert path.read_text(encoding="utf-8") == "new\n"
    finally:
        path.unlink(missing_ok=True)


# The writing itself (pipeline.fileio), on real files and real signals.

def test_a_failed_rename_puts_the_set_back(tmp_path: Path) -> None:
    old = tmp_path / "a.txt"
    old.write_text("old a", encoding="utf-8")
    new = tmp_path / "b.txt"  # did not exist
    blocked = tmp_path / "c"
    (blocked / "inside").mkdir(parents=True)  # renaming a file over a folder fails: EISDIR
    with pytest.raises(IsADirectoryError) as e:
        write_set([(old, "new a"), (new, "new b"), (blocked, "c")])
    assert e.value.filename == str(blocked)
    assert old.read_text(encoding="utf-8") == "old a" and not new.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "c"]  # no temporary, no backup


def test_a_symbolic_link_target_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.tsv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.tsv"
    link.symlink_to(real)
    write_set([(link, "new")])
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_an_interrupted_run_says_what_it_wrote(tmp_path: Path) -> None:
    # the last word of main() on SIGINT/SIGTERM lists what this process has put in place
    write_set([(tmp_path / "a.md", "a"), (tmp_path / "a.tsv", "b")])
    assert interrupted_line(signal.SIGTERM).startswith("terminated after writing ")
    assert interrupted_line(signal.SIGINT).endswith(f"{tmp_path / 'a.md'}, {tmp_path / 'a.tsv'}")


def test_signals_wait_while_a_set_is_put_in_place() -> None:
    # from Python's own SIGINT handler, whatever an earlier test's code left in place: a
    # handler left that does not raise would let the re-raised signal pass silently, which fits
    # the one clone's run where this failed with DID NOT RAISE (not reproduced)
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    reached = False
    try:
        with pytest.raises(KeyboardInterrupt), signals_deferred():
            # raised in this thread: os.kill(getpid) lets the kernel hand it to any thread, and a
            # thread an earlier test left (a server's, a cluster client's) may not run for 50 ms on
            # a loaded machine, so the signal could land after the block (seen once in a clone's CI)
            signal.raise_signal(signal.SIGINT)
            time.sleep(0.05)  # a handler would have run by now
            reached = True
    finally:
        signal.signal(signal.SIGINT, before if before is not None else signal.SIG_DFL)
    assert reached
