"""The receiver: the vendor side of the wire protocol, an ASGI service on uvicorn.

Reports are kept by a storage engine behind one interface: SQLite embedded (the
default, one file) or PostgreSQL for fleets, where any number of stateless
receivers behind a load balancer share one database.
"""
