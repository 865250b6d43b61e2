"""Reads: every query the pages, exports, reminders and API need, narrowed to what a user may see.

Nothing here writes."""
