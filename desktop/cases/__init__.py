"""Mediation case files: intake, review, mediation, outcome, closing, the clock and the list.

Qt-free services. Each public method takes the ``Actor``, checks the permission,
validates everything, then does its work in one ``database.write(actor)`` and
returns plain data.
"""
