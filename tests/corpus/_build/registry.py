"""Shared list of document definitions (filled by the docs_*.py modules)."""
DOCS = []


def D(**kw):
    DOCS.append(kw)
    return kw
