"""quotex's spaCy components, one module each; registered as spaCy factories via entry points."""
