"""madaris URL Configuration."""
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

admin.site.site_header = 'Madaris administration'

urlpatterns = [
    path('', RedirectView.as_view(pattern_name='constituents:student-list', permanent=False)),
    path('students/', include('apps.constituents.urls')),
    path('courses/', include('apps.courses.urls')),
    path('admin/', admin.site.urls),
]
