"""Import of shared contact lists (CSV, TSV, Excel, vCard, LDIF): read → map → plan → commit.

Qt-free, like the rest of the core: the command line and the GUI wizard call the same
functions. Reading never writes; :mod:`.plan` decides what would happen (new records,
duplicates with a proposed merge, errors per row); :mod:`.batches` writes a plan in one
transaction as an import batch, and undoes one.
"""

IMPORTABLE_SUFFIXES = (
    ".csv", ".tsv", ".txt", ".vcf", ".vcard", ".ldif", ".ldi", ".xlsx", ".xlsm", ".xls", ".ods",
)  # fmt: skip
"""The files the importer reads, by their name's ending (what a dropped file may be)."""
