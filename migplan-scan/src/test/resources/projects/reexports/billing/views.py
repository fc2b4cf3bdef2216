from django.views.generic import ListView

from shop.api import Client as Buyer


class BuyerList(ListView):
    model = Buyer
