from django.db import migrations, models


def forwards(apps, schema_editor):
    Member = apps.get_model("constituents", "BMParliamentMember")
    Member.objects.update(status="active")


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name="BMParliamentMember",
            fields=[("id", models.AutoField(primary_key=True)), ("name", models.CharField(max_length=100))],
        ),
        migrations.AddField(
            model_name="constituency",
            name="member",
            field=models.ForeignKey(on_delete=models.PROTECT, to="constituents.bmparliamentmember"),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
