"""Exports (Qt-free): the report to Paris, the full workbook, CSV, vCard and iCalendar.

Every writer takes rows from the database, never a widget, so that the command line and
the application produce the same files. Text from the database never becomes a formula
(:mod:`attache_app.domain.cells`), and files are written beside their destination and
renamed into place only when complete (:func:`attache_app.exporting.files.atomic_output`).
"""
