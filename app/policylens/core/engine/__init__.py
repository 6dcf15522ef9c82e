"""The matching engine: the segmented document with its contexts (:mod:`.contexts`), the
rule-pack matcher (:mod:`.matcher`) and the shared post-filter (:mod:`.negation`: headings,
tables of contents, negation) that every recognizer's hits go through."""
