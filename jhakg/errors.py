"""Typed errors raised by the library; the CLI turns them into messages and exit codes.

Exit codes (documented in the README):
  0  success
  1  data problem: validation failed, a document or file could not be used
  2  usage or configuration error: unknown query or parameter, malformed ontology,
     shapes or query file, bad option
"""

from __future__ import annotations

from pathlib import Path


class JhakgError(Exception):
    """Base class. ``subject`` names the file or thing at fault, ``cause`` what is wrong."""

    exit_code = 1

    def __init__(self, subject: str | Path, cause: str):
        self.subject = str(subject)
        self.cause = cause
        super().__init__(f"{self.subject}: {cause}")

    def __reduce__(self):
        # raised in a worker process, it travels back pickled: rebuilt from what __init__ takes
        # (the default would call it with the message alone, and the build would wait forever)
        return type(self), (self.subject, self.cause)


class InputError(JhakgError):
    """A document, catalog or other input file cannot be read or used."""

    exit_code = 1


class ConfigError(JhakgError):
    """A malformed ontology, shapes, mapping or query file, or a bad setting."""

    exit_code = 2


class UsageError(JhakgError):
    """The caller asked for something that does not exist (unknown query, parameter...)."""

    exit_code = 2


class EndpointError(JhakgError):
    """A remote SPARQL endpoint failed or refused."""

    exit_code = 1
