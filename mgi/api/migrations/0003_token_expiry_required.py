# Its own migration: PostgreSQL alters a table only once the rows written before are committed.
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("api", "0002_token_expiry_scope_and_password_binding")]

    operations = [
        migrations.AlterField(
            model_name="apitoken",
            name="expires_at",
            field=models.DateTimeField(),
        ),
    ]
