"""Import optional dependencies on first use, with a message naming the extra that provides them."""

import importlib
from types import ModuleType

from quotex.errors import QuotexError


class MissingExtraError(QuotexError, ImportError):
    """An optional dependency is not installed; the message says which extra to install."""


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """``module`` imported, or an error telling the user to ``pip install 'quotex[extra]'``."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise MissingExtraError(
            f"{purpose} needs the optional package {module.split('.')[0]!r}: pip install 'quotex[{extra}]'"
        ) from e
