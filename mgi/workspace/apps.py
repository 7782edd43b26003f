from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspaceConfig(AppConfig):
    name = "mgi.workspace"
    verbose_name = _("Workspace")

    def ready(self):
        # Mail follows review events; the assessments app announces them and knows no listener.
        from mgi.assessments.signals import assessment_moved, comment_posted
        from mgi.workspace.notifications import on_assessment_moved, on_comment_posted

        comment_posted.connect(on_comment_posted, dispatch_uid="workspace-comment-mail")
        assessment_moved.connect(on_assessment_moved, dispatch_uid="workspace-move-mail")
