from .committee import Committee, Membership  # noqa: F401
from .meeting import Meeting  # noqa: F401
