"""Reports the district can sign (báo cáo kết quả khắc phục), chasing letters, and data exports.

Everything here reads through one query module (``data``) that applies the same visibility
rules and filters as the board pages, so a report never shows what the board would hide.
Builders return bytes; views and the CLI decide where they go.
"""
