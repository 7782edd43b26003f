"""The responses every read operation documents: its result, 304, and the JSON errors."""

from mgi.api.schemas import ErrorOut, ValidationErrorOut


def links_to_the_profile_of(place_code: str, round_year: str) -> dict:
    """OpenAPI links from a response naming a round to its profile and its place: the path
    parameters take the place's code, not the place object the response carries."""
    return {
        "responses": {
            200: {
                "links": {
                    "GetProfile": {
                        "operationId": "mgi_api_routes_profiles_get_profile",
                        "parameters": {"place": place_code, "round": round_year},
                    },
                    "GetPlace": {
                        "operationId": "mgi_api_routes_places_get_place",
                        "parameters": {"code": place_code},
                    },
                }
            }
        }
    }


def documented(ok) -> dict:
    return {
        200: ok,
        304: None,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        422: ValidationErrorOut,
    }
