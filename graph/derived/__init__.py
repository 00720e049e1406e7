"""The graphs computed from the documents' graphs after every load (report symbols, recurrence
threads, search index)."""

#: Default similarity threshold of the recurrence threads (:mod:`.recurrence`), chosen on the
#: labelled pairs of tests/data/recurrence-pairs.json (see the README's "Recurrence" section for
#: the measured precision and recall).  Here, so that the settings name it without importing the
#: recurrence code (and the loaders it uses: a quarter of a second for every `uncac-kg query`).
DEFAULT_THRESHOLD = 0.24
