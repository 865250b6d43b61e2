"""Domain verbs and queries. Services flush; only the boundary (request, job, CLI) commits."""
