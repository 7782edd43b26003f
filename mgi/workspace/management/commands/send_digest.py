from django.core.management.base import BaseCommand

from mgi.workspace.digest import send_digests


class Command(BaseCommand):
    help = "Send each person who chose the daily digest one mail with everything since the last."

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(f"{sent} digest mails sent")
