"""Admin screens for the shop's customers."""
from shop.api import Client as Patron

ADMIN_TITLE = "Patrons"
