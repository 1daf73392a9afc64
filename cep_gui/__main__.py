"""Allow ``python -m cep_gui``."""

from cep_gui.cli import main

raise SystemExit(main())
