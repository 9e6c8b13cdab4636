"""Another name for ``claimledger.store.search``, the search planner, kept for the code and tests
written against ``claimledger.store.queries``. It is the same module object, not a copy:
``monkeypatch.setattr(queries, "_search_plan", ...)`` or a change of a planner constant through
this name reaches the planner itself. New code imports ``store.search`` (the filtered lists and
counts), ``store.fts`` (full-text syntax), or the table families ``store.articles``,
``store.claims``, ``store.speakers``, ``store.events``.
"""
import sys

from claimledger.store import search

sys.modules[__name__] = search
