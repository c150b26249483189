"""factsheet: cited fact sheets about conflicts, from curated YAML records to a static site."""

__version__ = "0.1.0"
