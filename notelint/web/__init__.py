"""The review page (``notelint serve``): a local web page and a small JSON API.

Starlette and uvicorn (the ``web`` extra) are imported only by this package,
and this package only by ``notelint serve``; :mod:`notelint.web.drafts` holds
the work on a draft and imports neither.
"""
