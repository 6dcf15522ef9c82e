"""Offline translation with Argos Translate packages: managing packages (:mod:`.packages`),
batched sentence translation (:mod:`.engine`), whole documents (:mod:`.document`) and analysis of
policies in languages without a rule pack through English (:mod:`.analysis`).

Importing this package imports nothing heavy; CTranslate2 and Argos Translate are loaded when a
translation or a package operation actually starts.
"""
