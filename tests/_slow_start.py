"""Work for `run()` whose module takes two seconds to import: a worker started by `spawn`
imports it before it is ready, as a worker on a busy machine is slow to start."""

from __future__ import annotations

import time

time.sleep(2.0)


def length(source: object) -> int:
    """The source's length: work that takes no time once the worker runs."""
    assert isinstance(source, bytes)
    return len(source)
