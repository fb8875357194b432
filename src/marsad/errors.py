"""Named failures a caller may want to handle."""


class MarsadError(Exception):
    """Base class of marsad's own errors."""


class InputError(MarsadError):
    """An input record could not be read; ``location`` names the file and, for JSONL, the line."""

    def __init__(self, location: str, reason: str):
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason


class ResourceError(MarsadError):
    """A packaged or user-supplied resource (gazetteer, registry, lexicon) is missing or invalid."""


class StageError(MarsadError):
    """A pipeline stage failed on one article; the batch goes on without it."""

    def __init__(self, stage: str, article_id: str, cause: BaseException):
        super().__init__(f"stage {stage!r} failed on article {article_id}: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.article_id = article_id
        self.cause = cause
