"""Views of the desktop client."""
