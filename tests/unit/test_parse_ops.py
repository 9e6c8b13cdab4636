"""The language model multiplies its matrices with numpy's BLAS (faster than thinc's BLIS default
on one core here) and parses exactly as with the default."""
from __future__ import annotations

import numpy
import spacy
from thinc.api import NumpyOps

from claimledger.extraction import parse

SENTENCES = [
    "The minister of Norburg said on Monday that talks with Ostland would resume next month.",
    '"We will not accept it," Ada Kone, who leads the Norvane Party, told reporters in the capital.',
    "Officials are warning residents of the possibility of rough seas, according to the agency.",
]


def test_every_layer_multiplies_with_numpy():
    nlp = parse.load()
    layers = [layer for _, c in nlp.pipeline if getattr(c, "model", None) is not None for layer in c.model.walk()]
    assert layers and all(type(layer.ops).gemm is not NumpyOps.gemm for layer in layers)
    x = numpy.arange(12, dtype="float32").reshape(3, 4)
    y = numpy.arange(8, dtype="float32").reshape(4, 2)
    ops = layers[0].ops
    assert numpy.array_equal(ops.gemm(x, y), x @ y)
    assert numpy.array_equal(ops.gemm(x, x, trans2=True), x @ x.T)
    out = numpy.empty((4, 4), dtype="float32")
    assert ops.gemm(x, x, out=out, trans1=True) is out and numpy.array_equal(out, x.T @ x)


def test_the_parse_is_the_default_pipelines():
    default = spacy.load(parse.MODEL, exclude=list(parse._EXCLUDE))
    assert any(type(layer.ops).gemm is NumpyOps.gemm for _, c in default.pipeline
               if getattr(c, "model", None) is not None for layer in c.model.walk())
    ours = parse.parse(SENTENCES)
    theirs = list(default.pipe(SENTENCES))
    assert [[(t.tag_, t.dep_, t.head.i) for t in d] for d in ours] == \
        [[(t.tag_, t.dep_, t.head.i) for t in d] for d in theirs]


def test_the_blas_keeps_to_one_thread():
    from threadpoolctl import threadpool_info

    parse.load()
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas and all(lib["num_threads"] == 1 for lib in blas)
