"""Domain errors. Each message names the culprit and, where there is one, the fix.

Only `pipeline.cli` turns these into exit codes.
"""


class PipelineError(Exception):
    """Bad input or configuration the user can fix; shown as one line, exit 1."""


class InputError(PipelineError):
    """The input file cannot be read as Chinese text."""


class GlossaryError(PipelineError):
    """A glossary file is malformed; the message starts with `file:line:`."""


class PhraseError(PipelineError):
    """A phrase-table file is malformed; the message starts with `file:line:`."""


class EngineError(PipelineError):
    """A translation engine cannot be loaded or cannot translate."""


class TMError(PipelineError):
    """A translation-memory file cannot be read; the message starts with `file:line:`."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived; raised by the handlers `pipeline.cli.main` installs.

    A BaseException, as KeyboardInterrupt is, so that no `except Exception` swallows it; every
    `finally` on the way out runs (temporary files removed, locks released). Exit 128 + signum."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
