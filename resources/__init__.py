"""Packaged resources: field catalog, product profiles, icons, translations."""
