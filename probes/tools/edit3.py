#!/usr/bin/env python3
"""Round 23d pack edits (3), as run."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from packedit import words
# no: the credit agency a credit check is made with receives the request («kredittsjekk hos Dun & Bradstreet Norway AS»)
words("no", "recipient_cues", ["(kredittsjekk|kredittvurdering|kredittopplysning|kredittopplysninger) (hos|fra|gjennom|via)"])
