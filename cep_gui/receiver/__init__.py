"""Reference receiver: the vendor side of the wire protocol, stdlib only."""
