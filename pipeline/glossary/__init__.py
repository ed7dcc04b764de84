"""The user's glossary: plain TSV files, loaded (`load`), checked line by line (`check`),
converted to and from CSV/TBX (`io`), and mined for new candidate terms (`suggest`).

The names most callers need are re-exported here: `load_glossary`, `default_paths`,
`Glossary`, `Entry`.
"""

from pipeline.glossary.load import (
    COLUMNS,
    DEFAULT_DIR,
    ENTRY_KINDS,
    Entry,
    Glossary,
    default_paths,
    display_path,
    glossary_files,
    load_glossary,
    read_entries,
)

__all__ = ["COLUMNS", "DEFAULT_DIR", "ENTRY_KINDS", "Entry", "Glossary", "default_paths",
           "display_path", "glossary_files", "load_glossary", "read_entries"]
