"""factx: extract facts from news articles and show where the sources agree and disagree.

The stages are library functions: `factx.ingest.read_documents` → `factx.extract.extract_all` →
`factx.reconcile.build_table` → `factx.render`. `factx.pipeline` strings them together. This module stays
light (no spaCy import) so `factx --version` is fast.
"""

from factx.model import Claim, Document, Entity, Fact, Grain, Kind, Mention, Qualifier, Status, Table

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Document",
    "Entity",
    "Fact",
    "Grain",
    "Kind",
    "Mention",
    "Qualifier",
    "Status",
    "Table",
    "__version__",
]
