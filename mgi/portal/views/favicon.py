"""/favicon.ico: what browsers and feed readers ask for when a page names no icon."""

from django.http import HttpResponseRedirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control


@cache_control(public=True, max_age=86400)
def favicon(request):
    # Not permanent: the icon's address carries a hash of its content, which changes with it.
    return HttpResponseRedirect(static("portal/favicon.svg"))
