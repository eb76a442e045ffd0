"""The desktop window (PySide6). Only displays a Comparison; all analysis is in reader.engine."""
