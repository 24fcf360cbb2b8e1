"""Data protection: what Kuulo keeps about the strangers whose comments it reads.

``retention`` purges what is no longer needed, ``erase`` answers an erasure
request across every store, ``upstream`` follows deletions on the platforms,
``suppress`` edits the do-not-contact list, ``notice`` adds the privacy-notice
link to first replies. docs/privacy.md explains each for operators.
"""
