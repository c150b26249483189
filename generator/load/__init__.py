"""Load stage: read content/ into validated record objects, keeping file, line and column of every value."""

from generator.load.records import load_records

__all__ = ["load_records"]
