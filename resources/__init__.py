"""Data files shipped with reader (word lists, icons, styles); see reader.paths."""
