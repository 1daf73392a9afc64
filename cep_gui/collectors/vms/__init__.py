"""Virtual machines: discovery and one parser per hypervisor format, in one vocabulary."""
