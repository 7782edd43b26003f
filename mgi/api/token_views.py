"""Workspace pages for personal API tokens: make one (shown once), list them, revoke one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mgi.api.models import ApiToken
from mgi.api.token_forms import TokenForm
from mgi.api.tokens import create_token, revoke_token


@login_required
def token_list(request):
    form = TokenForm(request.POST or None)
    new_token = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            api_token, new_token = create_token(
                request.user,
                form.cleaned_data["name"],
                scope=form.cleaned_data["scope"],
                days=form.cleaned_data["days"],
            )
            form = TokenForm()
            status = 201
        else:
            status = 400
    response = render(
        request,
        "api/tokens.html",
        {
            "form": form,
            "new_token": new_token,
            "tokens": ApiToken.objects.filter(user=request.user),
        },
        status=status,
    )
    # The page may hold a token in clear: no cache may keep a copy.
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def token_revoke(request, token_id: int):
    api_token = get_object_or_404(ApiToken, pk=token_id, user=request.user)
    revoke_token(api_token, request.user)
    messages.success(request, _("The token “%(name)s” is revoked.") % {"name": api_token.name})
    return redirect("workspace:api-tokens:list")
