"""Entry point of the bundled command line (PyInstaller runs this file)."""

import sys

from attache_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
