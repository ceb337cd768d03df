"""Domain errors. Each carries the HTTP status it maps to; no web framework here."""

from __future__ import annotations


class CpecmapError(Exception):
    """Base class for every error cpecmap raises on purpose."""

    status_code = 500
    code = "internal_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(CpecmapError):
    """An unknown layer, feature or file."""

    status_code = 404
    code = "not_found"


class BadRequest(CpecmapError):
    """A request parameter that cannot be understood; the message says what is valid."""

    status_code = 400
    code = "bad_request"


class BuildMissing(CpecmapError):
    """The built data is absent or does not match its manifest."""

    status_code = 503
    code = "build_unavailable"


class SourceError(CpecmapError):
    """One problem in a source file: names the file, the feature id and the field."""

    status_code = 422
    code = "invalid_source"

    def __init__(self, file: str, feature_id: str | None, field: str | None, message: str) -> None:
        self.file = file
        self.feature_id = feature_id
        self.field = field
        where = file
        if feature_id:
            where += f": feature {feature_id}"
        if field:
            where += f": field {field}"
        super().__init__(f"{where}: {message}")


class ValidationFailed(CpecmapError):
    """A collection of source errors found in one validation pass."""

    status_code = 422
    code = "invalid_sources"

    def __init__(self, errors: list[SourceError]) -> None:
        self.errors = errors
        lines = "\n".join(f"  - {e.message}" for e in errors)
        super().__init__(f"{len(errors)} problem(s) in the source data:\n{lines}")
