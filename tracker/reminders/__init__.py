"""Reminders and overdue alerts by email (nhắc việc, đôn đốc), exactly once.

``policy`` says on which days an item is worth a reminder, ``decide`` turns a date into digests
with a fixed number of queries, ``outbox`` enqueues them under a unique dedupe key and sends them
with retries, ``mail`` builds the MIME messages and the transports, ``nudge`` is the
coordinator's "Đôn đốc" button and ``commands`` the CLI. The schedule lives in ``tracker.jobs``.
"""
