"""Data tables for prparse: vocabularies and patterns as plain data, no logic."""
