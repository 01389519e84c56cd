"""Use cases shared by the command line and the desktop client (no Qt here)."""
