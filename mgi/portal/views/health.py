from django.http import HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    """For load balancers: answers without touching the database."""
    return HttpResponse("ok\n", content_type="text/plain")
