"""The extraction's regular expressions, with their compiled code kept between processes.

Python's ``re`` parses and compiles a pattern in Python. The extraction has about 500
patterns, many of them holding every accented capital of the Latin scripts the EU's
languages use: compiling them takes about 0.85 s, and every process that extracts pays it
(a rebuild after one changed document, above all). What ``re`` makes of a pattern depends
on the pattern, its flags and the Python alone, so a build keeps it with its cache
(``use``, then ``save``), keyed by the Python's version and the regular expression
engine's, and hands it back to the engine (``_sre.compile``), which checks the code it is
given: a damaged or foreign file is ignored, and the pattern compiled the usual way.

This leans on two internals of CPython's ``re`` (the compiler's ``_code`` and
``_sre.compile``); where they are not as expected, ``compiled`` is ``re.compile``.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from functools import cache
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser  # Python 3.11 and later
except ImportError:  # pragma: no cover - Python 3.10
    try:
        import _sre
        import sre_compile as _compiler
        import sre_parse as _parser
    except ImportError:
        _sre = None

Parts = tuple  # the flags, the code, the number of groups, the group names both ways: _sre.compile's arguments
ENGINE = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None),
          getattr(_sre, "MAXREPEAT", None), getattr(_sre, "MAXGROUPS", None))


class PatternCache:
    """Compiles patterns, from the code of an earlier process where it has it."""

    def __init__(self) -> None:
        self.file: Path | None = None
        self.kept: dict[tuple[str, int], Parts] = {}  # read from the file
        self.used: dict[tuple[str, int], Parts] = {}  # compiled in this process
        self.works = _sre is not None

    def use(self, file: Path) -> None:
        """Read the code kept in ``file``, and keep it there on ``save``."""
        self.file = file
        try:
            engine, kept = marshal.loads(file.read_bytes())
            self.kept = kept if engine == ENGINE and isinstance(kept, dict) else {}
        except (OSError, EOFError, ValueError, TypeError):
            self.kept = {}

    def compiled(self, pattern: str, flags: int = 0) -> re.Pattern:
        if not self.works or not isinstance(pattern, str):
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        parts = self.kept.get(key)
        if parts is not None:
            try:
                found = _sre.compile(pattern, *parts)
                self.used[key] = parts
                return found
            except (RuntimeError, TypeError, ValueError, OverflowError):  # not code this engine takes
                pass
        try:
            parts = _parts(pattern, int(flags))
        except re.error:  # (the pattern's fault)
            raise
        except Exception:  # pragma: no cover - another re than CPython 3.10-3.13's
            self.works = False
            return re.compile(pattern, flags)
        self.used[key] = parts
        return _sre.compile(pattern, *parts)

    def save(self) -> None:
        """Keep the code of the patterns compiled so far in the file ``use`` named (when it
        is not what the file holds already; written whole or not at all)."""
        if self.file is None or not self.works or self.used == self.kept:
            return
        tmp = self.file.with_name(f".{self.file.name}.tmp-{os.getpid()}")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            try:
                tmp.write_bytes(marshal.dumps((ENGINE, self.used)))
                os.replace(tmp, self.file)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        except (OSError, ValueError):  # a folder it cannot write to: the patterns are compiled again next time
            pass
        self.kept = dict(self.used)


def _parts(pattern: str, flags: int) -> Parts:
    """What ``re.compile`` hands ``_sre.compile`` (as its compiler does)."""
    parsed = _parser.parse(pattern, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = [int(op) for op in _compiler._code(parsed, flags)]  # (its opcodes are int subclasses, not kept as such)
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


PATTERNS = PatternCache()  # the process's
compiled = PATTERNS.compiled

# forms of address and ranks written with a stop, which ends no sentence ('Dr. NAME', 'Gen. NAME')
ABBREVIATED_ADDRESS = r"Mr|Mrs|Ms|Dr|Prof|Mag|Col|Gen|Brig|Lt|Maj"


@cache
def any_word(words: tuple[str, ...]):
    """One search for any of these words (``Context.holds_any``'s), made once a word set."""
    return compiled("|".join(map(re.escape, words))).search
