#!/usr/bin/env python3
"""Round 22d pack edits (1): sv, as run."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from packedit import add, add_rule
# sv: recordings/logs «skrivs (automatiskt) över» (overwritten = deletion_stated, the brief's convention)
add("sv", "retention.deletion_stated", 0, "match", ["(skrivs|spelas) (automatiskt )?över (automatiskt |av nya (inspelningar|upptagningar|data) )?(efter|inom|när|löpande|var|varje)", "(skriver|spelar) (vi )?(automatiskt )?över (dem|dessa|inspelningarna|upptagningarna|filmerna|loggarna) ~ (efter|inom|när)"])
add("sv", "retention.deletion_stated", 0, "examples", ["Filmerna från kamerorna skrivs över efter sju dygn.", "Loggarna skrivs automatiskt över inom en månad.", "Vi skriver över inspelningarna efter 72 timmar."])
add("sv", "retention.deletion_stated", 0, "counter_examples", ["Du kan själv skriva över texten i fältet."])
# sv: «(be|begära|kräva) oss (att) rätta … eller ta bort uppgifter» (erasure)
add("sv", "rights.erasure", 0, "match", ["(be|ber|begära|begär|kräva|kräver) (oss|att vi) (att )?~~ (eller|och|samt) (ta|tar) bort (uppgifter|uppgifterna|personuppgifter|personuppgifterna|dem|det|sådant|information)", "(be|ber|begära|kräva) oss (att )?(ta|tar) bort (uppgifter|uppgifterna|personuppgifter|personuppgifterna|information)"])
add("sv", "rights.erasure", 0, "examples", ["Du kan be oss komplettera det som saknas eller ta bort uppgifter som inte behövs.", "Du har rätt att be oss ta bort information om dig."])
add("sv", "rights.erasure", 0, "counter_examples", ["Du kan be oss ta bort en bokning i kalendern."])
# sv: «inte … utan att du först har godkänt det» (with_consent)
add("sv", "shared.with_consent", 0, "match", ["(inte|aldrig) ~~ utan att (du|ni) (först |själv |själva )?(har )?(samtyckt|samtycker|godkänt|godkänner|gett (ditt |ert )?(samtycke|godkännande|tillstånd)|sagt ja)"])
add("sv", "shared.with_consent", 0, "examples", ["Vi lämnar aldrig ut uppgifterna till andra företag utan att du först har godkänt det.", "Uppgifter delas inte med någon utan att ni först godkänner det."])
