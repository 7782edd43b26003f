"""Key findings: well-developed areas and areas with potential, per domain."""

from typing import Literal

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, Path, Query, Router

from mgi.api.paging import paginate
from mgi.api.payloads import finding_out, findings_query
from mgi.api.responses import documented
from mgi.api.schemas import ContentFilters, FindingOut, FindingPage, Language, Paging
from mgi.api.scope import assessments_in_scope
from mgi.assessments.models import Assessment

router = Router(tags=["findings"])


class FindingFilters(ContentFilters):
    kind: Literal["well_developed", "potential"] | None = Field(None, description="Finding kind.")


@router.get("/findings", response=documented(FindingPage))
def list_findings(
    request, filters: Query[FindingFilters], lang: Query[Language], paging: Query[Paging]
):
    """Findings of the newest published revision of every round (or of one `assessment`)."""
    findings = findings_query(assessments_in_scope(request.auth, filters))
    if filters.domain:
        findings = findings.filter(domain__slug=filters.domain)
    if filters.kind:
        findings = findings.filter(kind=filters.kind)
    return paginate(request, findings, paging, lambda f: finding_out(request, f, lang.language))


@router.get("/findings/{finding_id}", response=documented(FindingOut))
def get_finding(
    request, finding_id: int = Path(..., ge=1, description="Finding id."), *, lang: Query[Language]
):
    """One finding."""
    finding = (
        findings_query(Assessment.objects.readable_by(request.auth)).filter(pk=finding_id).first()
    )
    if finding is None:
        raise Http404(_("No finding you may read has this id."))
    return finding_out(request, finding, lang.language)
