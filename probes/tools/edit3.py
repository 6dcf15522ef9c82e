#!/usr/bin/env python3
"""Round 21d pack edits (3), as run: narrowing after the earlier rounds' check."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from packedit import LANG
# sv: only the possessive «Metas pixel» and the Facebook forms: rounds 12d/13d label «Meta-pixeln» Meta (the company named beside it)
p = LANG / "sv.toml"; t = p.read_text(encoding="utf-8")
t = t.replace('"Facebook" = ["Meta-pixel", "Meta-pixeln", "Metapixeln", "Metas pixel",', '"Facebook" = ["Metas pixel",', 1)
t = t.replace("# the Meta pixel in Swedish forms («Meta-pixeln», «Metas pixel»)", "# the Meta pixel in Swedish forms («Metas pixel», «Facebook-pixeln»)", 1)
p.write_text(t, encoding="utf-8")
# fi: visitor statistics say nothing recorded about the visitor (round 15d's convention): only «selaustiedot»
p = LANG / "fi.toml"; t = p.read_text(encoding="utf-8")
t = t.replace('"selaustie*", "tilastotie* ~ kävijöi*", "kävijätilast*"]', '"selaustie*"]', 1)
t = t.replace('"Keräämme selaustiedot ja laitetiedot evästeillä.", "Verkkosivuilla kerätään tilastotietoa kävijöistä."]', '"Keräämme selaustiedot ja laitetiedot evästeillä."]', 1)
p.write_text(t, encoding="utf-8")
# no: the inter-municipal archives (IKA) receiving records, by their names
p = LANG / "no.toml"; t = p.read_text(encoding="utf-8")
t = t.replace('"Lotteri- og stiftelsestilsynet" = ["Lotteritilsynet"]', '"Lotteri- og stiftelsestilsynet" = ["Lotteritilsynet"]\n"IKA Møre og Romsdal" = []\n"IKA Østlandet" = []\n"IKA Trøndelag" = []\n"IKA Rogaland" = []\n"IKA Kongsberg" = []\n"IKA Finnmark" = []\n"IKA Vestland" = []', 1)
p.write_text(t, encoding="utf-8")
