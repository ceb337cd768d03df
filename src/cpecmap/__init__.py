"""cpecmap: an open atlas of China–Pakistan infrastructure and technology cooperation."""

__version__ = "0.1.0"
