"""The reference data as the code reads it: its files, its graphs, and the gazetteer built from its labels."""
