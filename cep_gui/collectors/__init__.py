"""Collectors: one module per source of technical facts. Never imports Qt."""
