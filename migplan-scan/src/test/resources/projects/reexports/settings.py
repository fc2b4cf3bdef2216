INSTALLED_APPS = ["shop", "billing"]
