"""Pages for people: one article (``quotex show``) and a run's report (``quotex report``)."""
