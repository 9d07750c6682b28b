"""PySide6 widgets: thin, they call core and store and show what those return."""
