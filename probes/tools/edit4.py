#!/usr/bin/env python3
"""Round 21d pack edits (4), as run: the IKA archives as known names of the Norwegian pack (read whole, «og» inside)."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from packedit import LANG
p = LANG / "no.toml"; t = p.read_text(encoding="utf-8")
t = t.replace('\n"IKA Møre og Romsdal" = []\n"IKA Østlandet" = []\n"IKA Trøndelag" = []\n"IKA Rogaland" = []\n"IKA Kongsberg" = []\n"IKA Finnmark" = []\n"IKA Vestland" = []', '', 1)
t = t.replace("\nrecipient_cues = [", '\n# the inter-municipal archives (IKA) receiving records: names read whole («IKA Møre og Romsdal», its «og» no list)\nknown_recipients = ["IKA Møre og Romsdal", "IKA Østlandet", "IKA Trøndelag", "IKA Rogaland", "IKA Kongsberg", "IKA Finnmark", "IKA Vestland"]\nrecipient_cues = [', 1)
p.write_text(t, encoding="utf-8")
