"""The web side: the linked-data server, its data access and pages, and the static site."""
