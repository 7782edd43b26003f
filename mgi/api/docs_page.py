"""/api/v1/docs in the reader's language: English at /api/v1/docs, Spanish and French under
/es/ and /fr/ like every public page (the API's own routes have no language prefix)."""


def api_docs_page(request):
    # Imported when the page is asked for: naming the page in a link must not load the API.
    from mgi.api.main import api

    return api.docs.render_page(request, api)
