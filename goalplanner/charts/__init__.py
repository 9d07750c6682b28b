"""Charts of a goal, its sub-goals and the portfolio (matplotlib, Agg), for the window and for files; no Qt.

Importing the package loads nothing heavy: matplotlib comes with ``charts.figures`` on first use.
"""
