"""/api/v1/docs in the reader's language: English at /api/v1/docs, Spanish and French under
/es/ and /fr/ like every public page (the API's own routes have no language prefix)."""

from mgi.api.main import api


def api_docs_page(request):
    return api.docs.render_page(request, api)
