"""Documents in: files and their catalog, read, decoded, cleaned and split into parts.

The *stored text* of a document is the cleaned text (``cleaning.clean``); every offset in
the graph (evidence selectors, document parts) points into it, and the graph keeps it
beside the document (``schema:text``), so a quote can always be checked.
"""

from .catalog import CATALOG_COLUMNS, CATALOG_NAME, read_catalog
from .cleaning import Cleaned, clean
from .folders import document_files, document_names, load_files, load_folder
from .listings import split_listing
from .model import CatalogRow, Document, Part, Skipped
from .reading import LOADERS, MAX_BYTES, decode, document_from_bytes, load_document, read_bytes

__all__ = ["CATALOG_COLUMNS", "CATALOG_NAME", "LOADERS", "MAX_BYTES", "CatalogRow", "Cleaned", "Document", "Part",
           "Skipped", "clean", "decode", "document_files", "document_from_bytes", "document_names", "load_document",
           "load_files", "load_folder", "read_bytes", "read_catalog", "split_listing"]
