"""Reference receiver: the vendor side of the wire protocol (DESIGN §5), stdlib only."""
