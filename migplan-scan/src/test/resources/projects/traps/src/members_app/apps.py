from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members_app"
    label = "constituents"
    verbose_name = "Parliament members"
