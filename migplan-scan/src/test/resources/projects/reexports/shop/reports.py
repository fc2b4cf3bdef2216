from shop.admin import Patron


def patrons():
    return Patron.objects.all()
