"""factx's spaCy components; importing this package registers their factories."""

from factx.components import count, dates, duration, entities, money, paragraphs, percent

__all__ = ["count", "dates", "duration", "entities", "money", "paragraphs", "percent"]
