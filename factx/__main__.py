"""`python -m factx`."""

from factx.cli import main

main()
