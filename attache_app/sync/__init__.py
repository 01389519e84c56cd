"""Team sharing through a CouchDB hub: the HTTP client, documents, the merge, a round, and
the use cases the CLI and the window call (:mod:`attache_app.sync.service`).

A layer of its own above the services: it reads and writes records through them (a pulled
record is validated and journaled like one typed in), and nothing below imports it. The
protocol is described in docs/sync.md.
"""
