"""`python -m attache_app` opens the desktop application."""

from attache_app.gui.launch import main

raise SystemExit(main())
