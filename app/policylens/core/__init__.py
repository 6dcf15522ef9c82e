"""The analysis core: pure Python, no Qt widgets, no UI.

Public entry points:

* :func:`policylens.core.loaders.load_path` / :func:`policylens.core.loaders.load_text`
  turn a saved policy into a :class:`policylens.core.document.Document`;
* :func:`policylens.core.analyze.analyze` turns a document into a
  :class:`policylens.core.models.Summary`.
"""
