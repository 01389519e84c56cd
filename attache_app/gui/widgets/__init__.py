"""Widgets of the desktop client."""
