"""The sample articles the app opens when started without files; see reader.paths."""
