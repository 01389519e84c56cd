"""The workflows of the window, one module each, as in Anki's ``aqt/operations``: export,
erase (and the right of access), backup and restore, encryption, import.

Each is a set of functions taking the :class:`~attache_app.gui.shell.Shell` (the main
window as they see it): they ask what they need (a file, a confirmation), run the core's
use case as an :class:`~attache_app.gui.background.Operation` off the GUI thread, and say
how it ended. The window only creates the actions that call them.
"""
