"""Models of the desktop client."""
