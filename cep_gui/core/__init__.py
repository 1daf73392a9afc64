"""Pure-Python core: catalog, privacy filter, report building. Never imports Qt."""
