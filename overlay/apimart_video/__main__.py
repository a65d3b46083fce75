"""`python -m apimart_video` runs the CLI."""

import sys

from apimart_video.cli import main

sys.exit(main())
