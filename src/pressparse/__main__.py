"""``python -m pressparse``: the command line."""

import sys

from ._cli import main

# The guard matters with --jobs: worker processes started by "spawn" or
# "forkserver" import the main module again and must not rerun the command.
if __name__ == "__main__":
    sys.exit(main())
