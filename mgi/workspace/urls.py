from django.urls import include, path

from mgi.workspace.views import (
    answers,
    background,
    changes,
    findings,
    inbox,
    local_places,
    overview,
    review,
    sources,
    workbook,
)

app_name = "workspace"

A = "assessments/<int:assessment_id>/"
urlpatterns = [
    path("", overview.dashboard, name="dashboard"),
    path("inbox/", inbox.inbox, name="inbox"),
    path("preferences/", inbox.preferences, name="preferences"),
    path("background/", background.background_work, name="background"),
    path("background/try-again/", background.background_try_again, name="background-try-again"),
    path("assessments/new/", overview.assessment_new, name="assessment-new"),
    path("assessments/new/local/", local_places.local_assessment_new, name="local-assessment-new"),
    path(A, overview.assessment_overview, name="assessment"),
    path(A + "move/", overview.assessment_move, name="move"),
    path(A + "team/", overview.team_add, name="team-add"),
    path(A + "team/<int:membership_id>/remove/", overview.team_remove, name="team-remove"),
    path(A + "correction/", overview.correction_start, name="correction"),
    path(A + "questionnaire/", answers.questionnaire, name="questionnaire"),
    path(A + "answers/<str:code>/", answers.answer_page, name="answer"),
    path(A + "questionnaire.xlsx", workbook.workbook_download, name="workbook"),
    path(A + "questionnaire/upload/", workbook.workbook_upload, name="workbook-upload"),
    path(A + "sources/", sources.sources, name="sources"),
    path(A + "sources/<int:source_id>/", sources.source_edit, name="source"),
    path(A + "findings/", findings.findings, name="findings"),
    path(A + "findings/profile/", findings.profile_text, name="profile-text"),
    path(A + "findings/suggestions/", findings.suggestion_accept, name="suggestion-accept"),
    path(A + "findings/new/", findings.finding_add, name="finding-add"),
    path(A + "findings/<int:finding_id>/", findings.finding_page, name="finding"),
    path(A + "findings/<int:finding_id>/move/", findings.finding_move, name="finding-move"),
    path(A + "findings/<int:finding_id>/delete/", findings.finding_delete, name="finding-delete"),
    path(A + "comments/", review.comment_add, name="comment-add"),
    path(A + "comments/open/", inbox.open_threads, name="open-threads"),
    path(A + "comments/<int:comment_id>/resolve/", review.comment_resolve, name="comment-resolve"),
    path(A + "history/", review.history, name="history"),
    path(A + "diff/", review.revision_diff, name="diff"),
    path("tokens/", include("mgi.api.token_urls")),
    path(A + "changes/", changes.changes_page, name="changes"),
    path(A + "changes/changes.json", changes.changes_json, name="changes-json"),
]
