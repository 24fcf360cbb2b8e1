"""``python -m bot.cli``: the same as the ``kuulo`` script."""

from bot.cli import main

main()
