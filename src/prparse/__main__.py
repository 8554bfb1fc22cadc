"""`python -m prparse`: the same as the `prparse` command."""

import sys

from ._cli import main

sys.exit(main())
