"""A client library for accessing APIMart video generation (wan2.7)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
