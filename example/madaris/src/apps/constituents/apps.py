from django.apps import AppConfig


class ConstituentsConfig(AppConfig):
    default_auto_field = 'django.db.models.BigAutoField'
    name = 'apps.constituents'
    verbose_name = 'Constituents'

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
