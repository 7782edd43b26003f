"""Export formats, found by key: a new format is one class with @register (see formats/)."""

from importlib import import_module

_EXPORTERS: dict[str, object] = {}


def register(cls):
    _EXPORTERS[cls.key] = cls()
    return cls


def _load_formats() -> None:
    import_module("mgi.exports.formats")


def get_exporter(key: str):
    _load_formats()
    try:
        return _EXPORTERS[key]
    except KeyError:
        raise LookupError(f"no export format {key!r}; known: {', '.join(format_keys())}") from None


def format_keys() -> list[str]:
    _load_formats()
    return sorted(_EXPORTERS)


def streaming_exporter_for(extension: str):
    """The format that streams one table as a file with this extension, or None."""
    _load_formats()
    return next(
        (e for e in _EXPORTERS.values() if e.streams_tables and e.extension == extension), None
    )
