"""Regular expressions shared by the schema and the inputs it describes."""

# What `str.strip()` removes: a pattern must treat exactly these characters as spaces.
PYTHON_WHITESPACE = (
    r"\t\n\u000b\u000c\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)
