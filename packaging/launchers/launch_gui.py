"""Entry point of the bundled desktop application (PyInstaller runs this file)."""

import sys

from attache_app.gui.launch import main

if __name__ == "__main__":
    sys.exit(main())
