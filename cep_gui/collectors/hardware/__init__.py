"""Host hardware: processor, memory, disks, graphics, firmware, per operating system."""
