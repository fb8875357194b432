"""Main text and metadata of an HTML article page, through trafilatura."""
from __future__ import annotations

from datetime import date

import trafilatura


def html_to_article_fields(html: str) -> dict:
    """``text`` (title line, blank line, body), ``title``, ``published``, ``outlet``, ``url`` where found."""
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if document is None:
        return {}
    get = document.get if isinstance(document, dict) else (lambda k: getattr(document, k, None))
    body = (get("text") or "").strip()
    title = (get("title") or "").strip() or None
    published = None
    if get("date"):
        try:
            published = date.fromisoformat(str(get("date"))[:10])
        except ValueError:
            published = None
    text = f"{title}\n\n{body}" if title and body and not body.startswith(title) else body
    return {
        "text": text,
        "title": title,
        "published": published,
        "outlet": (get("sitename") or None),
        "url": get("url") or None,
    }
