#!/usr/bin/env python3
"""Round 21d pack edits (5), as run."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from packedit import add, LANG
# no: «hvilken enhet du bruker» (device), «når du logger inn» (usage: login times)
add("no", "collected.device", 0, "match", ["(hvilken|hvilke|hva slags) (enhet|enheter|mobil|mobiltelefon|telefon) (du )?(bruker|benytter)"])
add("no", "collected.device", 0, "examples", ["Appen registrerer hvilken enhet du bruker."])
add("no", "collected.usage", 0, "match", ["innloggingstidspunkt*", "påloggingstidspunkt*"])
add("no", "collected.usage", 0, "examples", ["Appen lagrer innloggingstidspunktet ditt."])
# no: «Posten Bring» is the brand of the carrier _base.toml names Bring
p = LANG / "no.toml"; t = p.read_text(encoding="utf-8")
t = t.replace('[words.recipient_companies]\n"Facebook" = ["Meta-piksel"', '[words.recipient_companies]\n"Bring" = ["Posten Bring"]  # the Norwegian post\'s parcel brand: _base.toml\'s Bring\n"Facebook" = ["Meta-piksel"', 1)
p.write_text(t, encoding="utf-8")
# (as committed after the pack test: «når du logger inn» dropped, the usage rule's unless_part_of vetoes «logger inn»)
