"""Reading ``_links`` of catalog items: each entry is one object or an array of them (API notes 3.12, 7.11).

A link is chosen by its name and type, never by its position: the order of ``_links.download`` changed in
production (an ftpes link took the place of the http one).
"""

from .parsing import as_str, dicts


def links_named(links, key):
    """Every link dict under ``links[key]`` (object or array)."""
    if not isinstance(links, dict):
        return []
    return [link for link in dicts(links.get(key)) if as_str(link.get("href"))]


def choose_link(links, key, *, name=None, link_type=None):
    """The first link under ``key`` whose name and type match (case-insensitive), or None."""
    for link in links_named(links, key):
        if name is not None and as_str(link.get("name")).lower() != name.lower():
            continue
        if link_type is not None and as_str(link.get("type")).lower() != link_type.lower():
            continue
        return link
    return None


def link_href(links, key, *, name=None, link_type=None):
    link = choose_link(links, key, name=name, link_type=link_type)
    return as_str(link.get("href")) if link else None


def http_download_link(links):
    """The direct HTTP download of a delivered product: name "download" and type "http"."""
    link = choose_link(links, "download", name="download", link_type="http")
    if link is None:  # some items name it differently: any http(s) link, still never an ftp one
        link = next(
            (
                item
                for item in links_named(links, "download")
                if as_str(item.get("type")).lower() in ("http", "https")
                or (not item.get("type") and as_str(item.get("href")).startswith(("http://", "https://")))
            ),
            None,
        )
    return link
