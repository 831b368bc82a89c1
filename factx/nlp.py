"""Build the spaCy pipeline factx runs: a statistical model (or a blank one) plus the factx components."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

import factx.components  # noqa: F401  (registers the factories)
from factx import currencies
from factx.errors import ModelError
from factx.kinds import PIPES
from factx.lexicon import lexicon
from factx.resolve import BLANK, INSTALL_HINT, resolve_model

FACTX_PIPES = PIPES  # one per kind, in the order of `factx.kinds.KINDS`
UNUSED_PIPES = ("senter",)
MAX_REASON = 300  # characters of a loading error shown

MAX_SCALE_ABBREVIATION = 3  # scale words this short are abbreviations written onto their digits ("1.2bn")
_SCALE_ABBREVIATIONS = ("m.", "k.", "b.")  # "$3m." ends a sentence; it is not an initial
_SYMBOL_INFIX = r"(?<=[a-zA-Z0-9])[-–](?=[$€£¥₹])"
_DASH_INFIX = r"(?<=[a-zA-Z])--(?=[0-9$€£¥₹])"  # a typed dash before an amount: "bailout--22 billion"


def _alternatives(words) -> str:
    return "|".join(sorted((re.escape(w) for w in set(words)), key=len, reverse=True))


def _scale_suffix() -> str:
    """The lexicon's scale abbreviations ("bn", "mln", "k"), in either case, right after a digit."""
    short = [w for w in lexicon()["scales"] if len(w) <= MAX_SCALE_ABBREVIATION and w.isalpha()]
    return rf"(?<=[0-9])(?:{_alternatives([*short, *(w.upper() for w in short)])})$"


def _currency_prefix() -> str:
    """The dollar symbols with a country prefix ("US$", "CA$", "HK$"), from `factx.currencies`."""
    return f"(?:{_alternatives(s for s in currencies.symbols() if s.endswith('$') and len(s) > 1)})"


def _sign_stop() -> str:
    """A full stop after a currency sign ends the sentence: "for 10¢." → "10¢" "."."""
    signs = {
        c
        for s in (*currencies.symbols(), *currencies.subunits())
        for c in s
        if not (c.isalnum() or c.isspace())
    }
    signs -= {".", "$"}
    return rf"(?<=[{''.join(sorted(re.escape(c) for c in signs))}])\.$"


def _tune_tokenizer(nlp: Language) -> None:
    """Split "1.2bn" → "1.2" "bn", "CA$300" → "CA$" "300", "billion-$6" → "billion" "-" "$6", "10¢." → "10¢"
    "."."""
    tokenizer = nlp.tokenizer
    suffixes = [_scale_suffix(), _sign_stop(), *nlp.Defaults.suffixes]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.prefix_search = compile_prefix_regex([_currency_prefix(), *nlp.Defaults.prefixes]).search
    tokenizer.infix_finditer = compile_infix_regex(
        [_SYMBOL_INFIX, _DASH_INFIX, *nlp.Defaults.infixes]
    ).finditer
    rules = dict(tokenizer.rules)
    for abbreviation in _SCALE_ABBREVIATIONS:
        rules.pop(abbreviation, None)
    tokenizer.rules = rules


def build_pipeline(model: str | None = None) -> Language:
    """Load the model and add the factx components after it; built once per process and name.

    Args:
        model: a package name or path, or "blank" for rules only (no entities from a model).

    Raises:
        ModelError: when the model cannot be found or loaded.
    """
    return _build(resolve_model(model))


@lru_cache(maxsize=4)
def _build(name: str) -> Language:
    if name == BLANK:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("factx_paragraphs")
    else:
        try:
            nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
        except OSError as exc:
            raise ModelError(f"cannot load spaCy model '{name}'", hint=INSTALL_HINT) from exc
        except (ValueError, KeyError, ImportError) as exc:  # a broken meta.json, config.cfg or weights
            reason = " ".join(str(exc).split())[:MAX_REASON]
            raise ModelError(
                f"cannot load spaCy model '{name}' ({type(exc).__name__}: {reason})", hint=INSTALL_HINT
            ) from exc
        nlp.add_pipe("factx_paragraphs", first=True)
    _tune_tokenizer(nlp)
    for pipe in FACTX_PIPES:
        nlp.add_pipe(pipe)
    return nlp
