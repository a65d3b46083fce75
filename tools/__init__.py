"""Scripts a person runs through make (demo, spec-diff); a package so mypy names them once."""
