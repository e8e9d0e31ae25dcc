"""The failure every command reports the same way: one line, `error: …`, exit code 1."""


class UserError(Exception):
    """A failure the user can act on; str() is the whole message (it names the file, query or service)."""
