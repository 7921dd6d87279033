"""Canned SPARQL queries (queries/*.rq), the store they run on, and the facts view."""
