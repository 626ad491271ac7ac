"""`python -m checker` is the tradecheck command."""

from checker.cli import main

main(prog_name="tradecheck")
