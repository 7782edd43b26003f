"""Pages for the static folder: relative links, and nothing pointing at a missing page."""

from mgi.exports.site.paths import output_path, relative_link
from mgi.exports.site.static_links import make_static

HOSTS = frozenset({"testserver"})
IN_FOLDER = {"/", "/profiles/", "/es/profiles/per/2019/", "/profiles/per/2019/", "/static/a.css"}
IN_FOLDER |= {"/profiles/per/2019/profile.json"}


def static(html: str, page: str = "/profiles/per/2019/") -> str:
    return make_static(html, page, IN_FOLDER.__contains__, HOSTS).html


def test_addresses_map_to_files_as_their_paths_say():
    assert output_path("/") == "index.html"
    assert output_path("/es/profiles/per/2019/") == "es/profiles/per/2019/index.html"
    assert output_path("/profiles/per/2019/profile.pdf") == "profiles/per/2019/profile.pdf"


def test_links_become_relative_to_the_page_and_folders_name_their_index():
    assert relative_link("/profiles/per/2019/", "/static/a.css") == "../../../static/a.css"
    assert relative_link("/es/", "/") == "../index.html"
    assert relative_link("/profiles/per/2019/", "/profiles/per/2019/", "x") == "#x"
    assert static('<a href="/profiles/">All</a>') == '<a href="../../index.html">All</a>'
    assert static('<a href="https://testserver/es/profiles/per/2019/#d">es</a>') == (
        '<a href="../../../es/profiles/per/2019/index.html#d">es</a>'
    )
    assert static('<link rel="stylesheet" href="/static/a.css">') == (
        '<link rel="stylesheet" href="../../../static/a.css">'
    )


def test_links_elsewhere_and_within_the_page_stay_as_they_are():
    html = '<a href="https://example.org/x">x</a> <a href="#d">d</a> <a href="mailto:a@b.c">m</a>'

    assert static(html) == html


def test_a_link_to_a_missing_page_loses_its_link_but_not_its_words():
    assert static('<p>See <a href="/compare/">the comparison</a>.</p>') == (
        "<p>See the comparison.</p>"
    )
    # The folder has one file per address: a query string cannot be answered.
    assert static('<p><a href="/profiles/?page=2">next</a></p>') == "<p>next</p>"


def test_a_list_item_whose_links_all_lead_nowhere_goes_with_them():
    html = (
        '<ul><li><a href="/profiles/">Profiles</a></li>\n'
        '<li><a href="/accounts/login/">Sign in</a></li>\n'
        '<li><a href="/compare/a/">A</a> · <a href="/compare/b/">B</a></li></ul>'
    )

    assert static(html, "/") == '<ul><li><a href="profiles/index.html">Profiles</a></li>\n</ul>'


def test_forms_go_since_no_server_answers_them():
    html = '<header><form action="/search/" method="get"><input name="q"></form></header>'

    assert static(html) == "<header></header>"


def test_a_heading_left_with_nothing_under_it_goes_with_the_references_to_it():
    html = (
        '<section aria-labelledby="s"><h2 id="s">Results</h2><p>text</p>'
        '<h3 id="c">Compare</h3>\n<ul><li><a href="/compare/">x</a></li></ul></section>'
        '<nav aria-labelledby="c"><a href="/profiles/">All</a></nav>'
    )

    assert static(html) == (
        '<section aria-labelledby="s"><h2 id="s">Results</h2><p>text</p></section>'
        '<nav><a href="../../index.html">All</a></nav>'
    )


def test_a_navigation_left_without_a_link_goes_with_its_label():
    html = (
        '<h1>SDG</h1><nav aria-label="Year"><span>Year:</span><ul>'
        '<li><a href="?year=2019">2019</a></li><li><a href="?year=2021">2021</a></li></ul></nav>\n'
        "<p>map</p>"
    )

    assert static(html, "/") == "<h1>SDG</h1><p>map</p>"


def test_it_reports_the_site_addresses_a_page_links_to():
    page = make_static(
        '<a href="profile.json">j</a><script src="/static/a.css"></script>',
        "/profiles/per/2019/",
        IN_FOLDER.__contains__,
        HOSTS,
    )

    assert page.links == {"/profiles/per/2019/profile.json", "/static/a.css"}
