from django.urls import path

from . import views

app_name = 'constituents'

urlpatterns = [
    path('', views.StudentListView.as_view(), name='student-list'),
    path('dashboard/', views.dashboard, name='dashboard'),
    path('<int:pk>/', views.StudentDetailView.as_view(), name='student-detail'),
    path('<int:pk>/edit/', views.StudentUpdateView.as_view(), name='student-edit'),
    path('<int:pk>/graduate/', views.mark_graduated, name='student-graduate'),
]
