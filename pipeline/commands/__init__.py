"""Command groups registered on the CLI in pipeline/cli.py."""
