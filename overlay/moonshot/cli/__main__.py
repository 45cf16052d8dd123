"""``python -m moonshot.cli``: the same as the ``moonshot`` command."""

import sys

from . import main

sys.exit(main())
