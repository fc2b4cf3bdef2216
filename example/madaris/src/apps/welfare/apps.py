from django.apps import AppConfig


class WelfareConfig(AppConfig):
    default_auto_field = 'django.db.models.BigAutoField'
    name = 'apps.welfare'
    # The old "welfare" label clashed with a third-party package we used in
    # 2019, so this app has been "welfare_aid" ever since.
    label = 'welfare_aid'
    verbose_name = 'Welfare and aid'
