"""Volume data for load tests: what one seed step receives and how counts follow the scale factor.

`seed_scale` runs a list of steps in order. A step is `seed_<name>(ctx: ScaleContext) -> dict[str, int]`
(rows created per kind); it reads what earlier steps left in `ctx.shared` and adds its own rows for later
steps. Volume rows are written with `bulk_create`; the few rows a benchmark logs in as go through services.
"""

import random
from dataclasses import dataclass, field
from typing import Any


@dataclass
class ScaleContext:
    scale: float
    password: str
    rng: random.Random = field(default_factory=lambda: random.Random(20240501))
    shared: dict[str, Any] = field(default_factory=dict)

    def count(self, at_scale_one: int, minimum: int = 1) -> int:
        """`at_scale_one` rows multiplied by the scale, never fewer than `minimum`."""
        return max(minimum, round(at_scale_one * self.scale))


BATCH_SIZE = 2000
