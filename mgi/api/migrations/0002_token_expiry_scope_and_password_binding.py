"""Tokens gain a scope, an expiry and a tie to the password they were made under.

Tokens made before keep working: they read as before, expire 90 days after this change, and are
tied to their owner's password of today.
"""

import hashlib
from datetime import timedelta

from django.db import migrations, models
from django.utils import timezone


def bind_existing_tokens(apps, schema_editor):
    ApiToken = apps.get_model("api", "ApiToken")
    expiry = timezone.now() + timedelta(days=90)
    for token in ApiToken.objects.select_related("user"):
        token.expires_at = expiry
        # The same digest as mgi.api.tokens.password_digest, frozen here as migrations must be.
        token.password_digest = hashlib.sha256(
            f"mgi-api-token:{token.user.password}".encode()
        ).hexdigest()
        token.save(update_fields=["expires_at", "password_digest"])


class Migration(migrations.Migration):
    dependencies = [("api", "0001_api_tokens")]

    operations = [
        migrations.AddField(
            model_name="apitoken",
            name="scope",
            field=models.CharField(
                choices=[
                    ("read", "Read published data and the drafts of your assessments"),
                    ("read_published", "Read published data only"),
                ],
                default="read",
                max_length=16,
            ),
        ),
        migrations.AddField(
            model_name="apitoken",
            name="expires_at",
            field=models.DateTimeField(null=True),
        ),
        migrations.AddField(
            model_name="apitoken",
            name="password_digest",
            field=models.CharField(default="", max_length=64),
            preserve_default=False,
        ),
        migrations.RunPython(bind_existing_tokens, migrations.RunPython.noop),
    ]
