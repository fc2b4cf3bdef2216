"""The shop's public names."""
from shop.models import Customer as Client

__all__ = ["Client"]
