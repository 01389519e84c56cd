"""Attaché: contacts, technology watch and programme deadlines for science attachés."""

__version__ = "0.1.0"
