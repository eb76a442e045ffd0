"""The dockable sidebar tabs: actors, quotes, details, sources."""
