"""Team sharing through a CouchDB hub: the HTTP client, documents, the merge, a round.

An adapter at the edge, like an importer: the use cases are in
:mod:`attache_app.services.sync`; the protocol is described in docs/sync.md.
"""
