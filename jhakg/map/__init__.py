"""Facts to RDF: each document's facts, its node and the evidence of every fact, as
N-Triples lines of the document's named graph. What each kind of fact becomes is declared
in ``mappings/<kind>.ttl`` (``templates``); the kinds' modules (``jhakg.kinds``) give the
values; ``document.map_document`` puts them together."""
