"""Host software: the operating system and the installed software of each package source."""
