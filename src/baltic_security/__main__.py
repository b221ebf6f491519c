"""``python -m baltic_security``: the same as the ``baltic-security`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
