"""Commands beyond the core ones in cli.py, one module each; cli.py adds them to the group."""
