"""Application-wide interfaces and settings."""
