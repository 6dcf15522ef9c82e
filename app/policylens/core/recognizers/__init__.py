"""The recognizers and the registry that says which run, for which field and language.

Order matters: each recognizer sees the hits of those before it. To add a learned classifier for
one field: one class (a :class:`~policylens.core.recognizers.base.Recognizer` whose ``analyze``
returns :class:`~policylens.core.engine.contexts.Hit` s keyed by the catalogue's key, e.g.
``rights.erasure``, filtered with :meth:`~policylens.core.recognizers.base.Recognizer.keep`), one
``REGISTRY.register(...)`` line below (with its ``languages``), and its model file in
``recognizers/models/`` (shipped by the package-data glob in pyproject.toml).
"""

from __future__ import annotations

from policylens.core.recognizers.base import Recognizer, Registry, Result
from policylens.core.recognizers.contact import ContactRecognizer
from policylens.core.recognizers.periods import PeriodsRecognizer
from policylens.core.recognizers.recipients import NamedRecipientsRecognizer
from policylens.core.recognizers.rulepack import RulePackRecognizer
from policylens.core.recognizers.service import ServiceRecognizer

REGISTRY = Registry()
REGISTRY.register(RulePackRecognizer())  # every finding a pack has rules for
REGISTRY.register(PeriodsRecognizer())  # retention.periods (and so retention_kinds.fixed_period)
REGISTRY.register(ServiceRecognizer())  # service
REGISTRY.register(NamedRecipientsRecognizer())  # shared_with[].names (after service: never the controller)
REGISTRY.register(ContactRecognizer())  # contact (after the rule pack: it reads rights.complaint)

__all__ = ["REGISTRY", "Recognizer", "Registry", "Result"]
