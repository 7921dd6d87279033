"""Publish: the dumps in ``dist/`` (written atomically, under a lock), their formats, the
VoID/DCAT description, and loading them into a SPARQL 1.1 store."""
