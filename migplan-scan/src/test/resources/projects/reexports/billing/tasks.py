from billing.views import Buyer


def buyers_without_invoices():
    return Buyer.objects.filter(invoice__isnull=True)


def count(clients):
    # a name that only looks like the alias
    Buyers = len(clients)
    return Buyers
