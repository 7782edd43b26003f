"""The search page: /search/?q=... with filters; results link to the spot on the profile."""

from django.shortcuts import render
from django.utils.http import urlencode

from mgi.search.forms import SearchForm
from mgi.search.query import search


def search_page(request):
    form = SearchForm(request.GET)
    results = None
    if request.GET and form.is_valid():
        filters = form.filters()
        results = search(filters, page=form.cleaned_data["page"] or 1)
        base_query = urlencode(filters.as_query())
    else:
        base_query = ""
    return render(
        request,
        "search/results.html",
        {"form": form, "results": results, "base_query": base_query},
        status=400 if form.errors else 200,
    )
