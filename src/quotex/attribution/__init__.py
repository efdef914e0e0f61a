"""Pure logic for finding quotations and their speakers (no spaCy components here)."""
