"""cep-gui: a transparent, opt-in Customer Experience Program client."""

__version__ = "0.1.0"
