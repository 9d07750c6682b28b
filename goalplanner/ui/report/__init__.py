"""The goal sheet and the meeting pack, as PDF or on paper: read from the plan (``content``), laid out
as pages of HTML (``pages``) and painted with Qt's own PDF and print support (``pdf``).

Only QtCore and QtGui are used while a report is made, so it can be made on a worker thread, and by
the command line with an offscreen ``QGuiApplication``.
"""
