"""The labelled evaluation set of signals and opportunity scoring (``make eval``)."""
