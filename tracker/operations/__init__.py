"""Operations: one function per user verb. Each checks access, changes the data, writes history
through ``history.record`` and flushes; the caller (a view, a CLI command, a job) commits."""
