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
