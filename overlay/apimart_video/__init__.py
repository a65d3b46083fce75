"""Typed, hand-written layer over the generated APIMart video client."""

__all__: list[str] = []
