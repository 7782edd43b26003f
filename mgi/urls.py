from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from mgi.api.docs_page import api_docs_page
from mgi.operations.sign_in import (
    ClearingPasswordResetConfirmView,
    ThrottledLoginView,
    ThrottledPasswordChangeView,
    ThrottledPasswordResetView,
)
from mgi.portal.views.favicon import favicon
from mgi.portal.views.health import healthz

# The site's own error pages, in the reader's language, each with a way back.
handler400 = "mgi.portal.views.errors.bad_request"
handler403 = "mgi.portal.views.errors.permission_denied"
handler404 = "mgi.portal.views.errors.page_not_found"
# A full disk or read-only database met outside a view: 503 with a plain message; any other
# failure: the site's 500 page (templates/500.html, rendered without the request).
handler500 = "mgi.operations.db_errors.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", favicon, name="favicon"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    # Every address under it but the documentation page, which is the site's own (below).
    path("api/v1/", include(("mgi.api.urls", "ninja"), namespace="api-v1")),
]
# English pages have no prefix (/profiles/per/2019/); Spanish and French live under /es/ and /fr/.
urlpatterns += i18n_patterns(
    # First, as the pages read most: each address tried before a match costs every reader time.
    # None of the portal's addresses begins like the ones below.
    path("", include("mgi.portal.urls")),
    path("api/v1/docs", api_docs_page, name="api-docs"),
    # Before Django's own sign-in and password pages, which they replace with throttled ones.
    path("accounts/login/", ThrottledLoginView.as_view(), name="login"),
    path(
        "accounts/password_change/", ThrottledPasswordChangeView.as_view(), name="password_change"
    ),
    path("accounts/password_reset/", ThrottledPasswordResetView.as_view(), name="password_reset"),
    path(
        "accounts/reset/<uidb64>/<token>/",
        ClearingPasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("workspace/", include("mgi.workspace.urls")),
    path("search/", include("mgi.search.urls")),
    path("data/", include("mgi.exports.urls")),
    prefix_default_language=False,
)
