"""Reminders, notices and summaries (nhắc việc, thông báo, đôn đốc), each delivered exactly once.

``policy`` says on which days a recipient hears; ``picture`` reads every unfinished item once and
sorts it into the desks' urgency groups; ``compose`` writes the sections with true totals;
``decide`` turns a date (and any missed days) into one digest per recipient; ``summary`` is the
leaders' weekly summary; ``digest`` holds the values and renders them; ``outbox`` enqueues under
unique dedupe keys and sends (claim, commit, send, record); ``channels`` are email and the
webhook, ``mail`` builds the MIME messages and the transports; ``nudge`` is the coordinator's
"Đôn đốc" button and ``commands`` the CLI. Event notices are written by
``tracker.operations.notices`` from the history writer; the schedule lives in ``tracker.jobs``.
"""
