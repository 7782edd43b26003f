"""The search page: /search/?q=... with filters; each result links to the spot it names."""

from django.shortcuts import render
from django.utils.http import urlencode

from mgi.search.forms import SearchForm
from mgi.search.query import search


def search_page(request):
    form = SearchForm(request.GET)
    results = None
    filters_open = False
    if request.GET and form.is_valid():
        filters = form.filters()
        results = search(filters, page=form.cleaned_data["page"] or 1)
        query = filters.as_query()
        if not form.cleaned_data["language"]:
            # The page's own language: a page in another language keeps to its own.
            query.pop("language", None)
        base_query = urlencode(query)
        filters_open = filters.narrowed()
    else:
        base_query = ""
        # A refused filter must be in sight, with its message.
        filters_open = any(name != "q" for name in form.errors)
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "results": results,
            "base_query": base_query,
            "filters_open": filters_open,
        },
        status=400 if form.errors else 200,
    )
