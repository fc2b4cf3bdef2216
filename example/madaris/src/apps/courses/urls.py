from django.urls import path

from . import views

app_name = 'courses'

urlpatterns = [
    path('', views.CourseListView.as_view(), name='course-list'),
    path('<slug:code>/roster/', views.course_roster, name='course-roster'),
]
