"""Records, enumerations, validation and normalisation: no I/O and no Qt."""
