"""An assessment is one round of the MGI in one place: answers with evidence, and its history."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from mgi.frameworks.models import Competence, Framework, Indicator, ScaleOption
from mgi.places.models import Place


class AssessmentQuerySet(models.QuerySet):
    """The read rules: what the public may see, and what a signed-in person may see besides.

    Every public surface starts from these, so that unpublished data has one gate to pass.
    """

    def published(self) -> "AssessmentQuerySet":
        """Every published revision; older ones stay readable at their own address."""
        return self.filter(status=Assessment.Status.PUBLISHED)

    def newest_revisions(self) -> "AssessmentQuerySet":
        """Of the published revisions, the newest of each round: what a profile page shows today."""
        newer = Assessment.objects.filter(
            place=OuterRef("place"),
            round_year=OuterRef("round_year"),
            status=Assessment.Status.PUBLISHED,
            revision__gt=OuterRef("revision"),
        )
        return self.published().exclude(Exists(newer))

    def unpublished(self) -> "AssessmentQuerySet":
        return self.exclude(status=Assessment.Status.PUBLISHED)

    def readable_by(self, user) -> "AssessmentQuerySet":
        """Published revisions for everyone, and any phase of the rounds the user has a role on."""
        published = models.Q(status=Assessment.Status.PUBLISHED)
        if user is None or not user.is_authenticated:
            return self.filter(published)
        has_role = Exists(Membership.objects.filter(assessment=OuterRef("pk"), user=user))
        return self.filter(published | models.Q(has_role))

    def current_for(self, user) -> "AssessmentQuerySet":
        """The newest published revisions, and any phase of the rounds the user has a role on."""
        current = models.Q(pk__in=Assessment.objects.newest_revisions().values("pk"))
        if user is None or not user.is_authenticated:
            return self.filter(current)
        has_role = Exists(Membership.objects.filter(assessment=OuterRef("pk"), user=user))
        return self.filter(current | models.Q(has_role))


class Assessment(models.Model):
    class Status(models.TextChoices):
        LAUNCH = "launch", _("Launch")
        DATA_COLLECTION = "data_collection", _("Data collection")
        GOVERNMENT_REVIEW = "government_review", _("Government review")
        CONSULTATION = "consultation", _("Consultation")
        VALIDATED = "validated", _("Validated")
        PUBLISHED = "published", _("Published")

    place = models.ForeignKey(Place, on_delete=models.PROTECT, related_name="assessments")
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="assessments")
    round_year = models.PositiveSmallIntegerField()
    month = models.PositiveSmallIntegerField(null=True, blank=True)
    # A correction of a published profile is a new revision; earlier ones stay readable.
    revision = models.PositiveSmallIntegerField(default=1)
    # What a correction changed, shown on the public page of the new revision.
    correction_note = models.TextField(blank=True)
    status = models.CharField(max_length=32, choices=Status.choices, default=Status.LAUNCH)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        ordering = ["place__name", "-round_year", "-revision"]
        constraints = [
            models.UniqueConstraint(
                fields=["place", "round_year", "revision"], name="assessment_round_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(month__isnull=True) | models.Q(month__gte=1, month__lte=12),
                name="assessment_month_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.place} {self.round_year}"

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def date_label(self) -> str:
        """ISO year-month ("2019-12"), or the year alone when the month is unknown."""
        if self.month:
            return f"{self.round_year:04d}-{self.month:02d}"
        return f"{self.round_year:04d}"


class Source(models.Model):
    class Kind(models.TextChoices):
        LAW = "law", _("Law")
        POLICY = "policy", _("Policy")
        AGREEMENT = "agreement", _("Agreement")
        REPORT = "report", _("Report")
        WEBSITE = "website", _("Website")

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(max_length=500)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    citation = models.TextField(blank=True)
    url = models.URLField(max_length=1000, blank=True)
    date = models.DateField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class Answer(models.Model):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="answers")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="answers")
    option = models.ForeignKey(ScaleOption, on_delete=models.PROTECT, null=True, blank=True)
    # Markdown, written by researchers; rendered through a sanitiser, never as raw HTML.
    justification = models.TextField(blank=True)
    sources = models.ManyToManyField(Source, blank=True, related_name="answers")
    # Optimistic locking: a save must name the version it started from.
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["indicator__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "indicator"], name="answer_indicator_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.assessment} {self.indicator.code}"


class LocalCompetences(models.Model):
    """Which of its framework's competences the assessed local authority holds (health,
    housing...). Recorded once per assessment; until then nothing is known either way."""

    assessment = models.OneToOneField(
        Assessment, on_delete=models.CASCADE, related_name="local_competences"
    )
    held = models.ManyToManyField(Competence, blank=True, related_name="+")
    # Optimistic locking, as for answers: a save names the version it started from.
    version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.assessment} competences"


class AuditRecord(models.Model):
    """Who changed what, when, from what to what. Written by `log_action`, never edited."""

    at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    # The command or process for changes not made by a signed-in person ("import_profile").
    via = models.CharField(max_length=64, blank=True)
    action = models.CharField(max_length=64)
    assessment = models.ForeignKey(
        Assessment, null=True, blank=True, on_delete=models.CASCADE, related_name="audit_records"
    )
    object_type = models.CharField(max_length=64)
    object_id = models.CharField(max_length=64)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.object_type} {self.object_id}"


class Role(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator")
    RESEARCHER = "researcher", _("Researcher")
    FOCAL_POINT = "focal_point", _("Government focal point")


class Person(models.Model):
    """What the platform knows of a user beyond Django's account: a focal point's government."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="person"
    )
    # Focal points represent one place's government and may only join that place's assessments.
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL)
    organisation = models.CharField(max_length=200, blank=True)

    def __str__(self) -> str:
        return str(self.user)


class Membership(models.Model):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=16, choices=Role.choices)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["role", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["assessment", "user"], name="membership_one_role")
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.role} {self.assessment}"


class Transition(models.Model):
    """One move of an assessment between phases; the government's approval is one of these."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=32, choices=Assessment.Status.choices)
    to_status = models.CharField(max_length=32, choices=Assessment.Status.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    role = models.CharField(max_length=16, choices=Role.choices, blank=True)
    note = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)
    # What an approval approved: the assessment's revision and the SHA-256 of its content
    # (answers, findings, title, introduction), so a later change to the content shows.
    revision = models.PositiveSmallIntegerField(null=True, blank=True)
    content_digest = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.assessment}: {self.from_status} -> {self.to_status}"

    @property
    def is_approval(self) -> bool:
        return self.to_status == Assessment.Status.VALIDATED


class Comment(models.Model):
    """A remark on an answer or a finding; replies point at the first comment of their thread."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="comments")
    answer = models.ForeignKey(
        Answer, null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    finding = models.ForeignKey(
        "profiles.Finding", null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(answer__isnull=False, finding__isnull=True)
                | models.Q(answer__isnull=True, finding__isnull=False),
                name="comment_on_answer_or_finding",
            )
        ]

    def __str__(self) -> str:
        return f"comment {self.pk} on {self.answer or self.finding}"
