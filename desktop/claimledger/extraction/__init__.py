"""Claim extraction, laid out as the pipeline it is. Pure functions: no I/O, no database, no Qt.

1. ``sentences`` and ``article`` - the text, its paragraphs and sentences with offsets.
2. ``parse`` - spaCy's small English pipeline (tagger and dependency parser), loaded once,
   run only on the sentences that can hold an attribution.
3. ``speech`` (rule table ``_cues``) and ``attribution`` (rule table ``_lexicon``) - who says
   what: cue verbs of speech, cognition and intention from the parse, the surface forms the
   parse does not need ("X said:", quotations spanning sentences), and the resolution of a
   source mention to a speaker (names, roles, pronouns, organisations).
4. ``clauses`` and ``claims`` - the content cut into clauses, each clause's kind (prediction,
   plan, promise, conditional, position, fact) from its modality, tense and the cue verb's meaning.
5. ``deadlines`` with ``timex`` - the temporal expressions of the claim's region and the one
   that says by when.

``claims.extract(text, published)`` runs the whole pipeline.
"""
