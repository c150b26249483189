"""Export stage: one module per format, each registered in EXPORTERS by its --format name."""

from generator.export import (
    atom,  # noqa: F401 - registers the exporter
    claimreview,  # noqa: F401 - registers the exporter
    csv_tables,  # noqa: F401 - registers the exporter
    ftm,  # noqa: F401 - registers the exporter
    json_graph,  # noqa: F401 - registers the exporter
)
from generator.export.base import EXPORTERS, Exporter

__all__ = ["EXPORTERS", "Exporter"]
