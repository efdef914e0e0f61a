"""The document layer every rule package stands on: the per-Doc index, the lexicon, the quote-mark grammar.

``attribution``, ``resolve`` and ``entities`` read a Doc only through this package (and the parse itself);
they never import each other.
"""
