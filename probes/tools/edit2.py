#!/usr/bin/env python3
"""Round 21d pack edits (2), as run."""
import re, sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from packedit import add, add_rule, words, append, LANG

# no: «samtykker i banneret»: the (cookie) banner is a cookies word
p = LANG / "no.toml"; t = p.read_text(encoding="utf-8")
t = t.replace('"*kapsler", "*kapslene"]', '"*kapsler", "*kapslene", "banneret", "banneret*"]', 1)
p.write_text(t, encoding="utf-8")
add("no", "rights.cookie_control", 0, "match", ["trekke* (samtykket|samtykke) tilbake ~~ (banneret|ikonet|*ikonet|lenken)"])
add("no", "rights.cookie_control", 0, "examples", ["Du kan trekke samtykket tilbake ved å klikke på ikonet nederst på siden."])

# no: a review shown on the site with the writer's name
add_rule("no", "shared.public", '''
[[rule]]
id = "shared.public"
note = "a review or comment the user writes is shown on the site or in the app: the verb and the place say it"
match = ["(anmeldelse*|vurdering*|kommentar*|omtale*) ~~ (vises|visast|blir vist|publiseres|blir publisert) ~~ (på|i) (nettsiden|nettstedet|nettbutikken|appen|produktsiden)", "(vises|visast|publiseres) ~~ (anmeldelsen|anmeldelser|vurderingen|kommentaren|omtalen) ~~ (på|i) (nettsiden|nettstedet|nettbutikken|appen|produktsiden)"]
unless = ["(vises|publiseres|visast) (aldri|ikke|ikkje)"]
context_scope = "sentence"
examples = ["Skriver du en anmeldelse, vises den på nettsiden med fornavnet ditt.", "Vurderinger du gir, publiseres på produktsiden sammen med kallenavnet ditt."]
counter_examples = ["Anmeldelser vises ikke på nettsiden før vi har godkjent dem, og vi viser aldri etternavnet ditt.", "Vi leser alle anmeldelser før de vises."]
''')

# fi: the unsubscribe link of a newsletter, with no rights word in the sentence
add_rule("fi", "rights.opt_out_marketing", '''
[[rule]]
id = "rights.opt_out_marketing"
note = "the unsubscribe link at the end of each newsletter: the sentence says it without a rights word"
match = ["(tilau*|tilaus) ~~ (lopettaa|lopetat|lopetetaan|peruttaa|perua|perut|peruuttaa) ~~ (uutiskirje*|markkinointiviest*) ~~ linki*", "(uutiskirje*|markkinointiviest*) ~~ linki* ~~ (lopettaa|lopetat|peruttaa|perua|perut|peruuttaa|irtisano*)"]
context_scope = "sentence"
examples = ["Tilauksen voi lopettaa jokaisen uutiskirjeen lopussa olevasta linkistä.", "Jokaisen uutiskirjeen lopussa on linkki, josta voit perua tilauksen."]
counter_examples = ["Uutiskirjeen linkit vievät verkkokauppaamme."]
''')

# recipients: the Meta pixel in the three languages' forms is the project's «Facebook» (_base.toml: Meta Pixel → Facebook)
append("no", '''
# the Meta pixel in Norwegian forms («Meta-pikselen»): the project's name for it is Facebook (_base.toml: Meta Pixel)
[words.recipient_companies]
"Facebook" = ["Meta-piksel", "Meta-pikselen", "Meta-pikslen", "Metas piksel", "Facebook-piksel", "Facebook-pikselen", "Facebook-pikslen"]
''')
append("sv", '''
# the Meta pixel in Swedish forms («Meta-pixeln», «Metas pixel»): the project's name for it is Facebook (_base.toml: Meta Pixel)
[words.recipient_companies]
"Facebook" = ["Meta-pixel", "Meta-pixeln", "Metapixeln", "Metas pixel", "Facebook-pixel", "Facebook-pixeln", "Facebookpixeln", "Facebooks pixel"]
''')
append("fi", '''
# the Meta pixel in Finnish forms («Meta-pikseli», «Meta-pikselin»): the project's name for it is Facebook (_base.toml: Meta Pixel)
[words.recipient_companies]
"Facebook" = ["Meta-pikseli", "Meta-pikselin", "Meta-pikseliä", "Meta-pikselillä", "Facebook-pikseli", "Facebook-pikselin", "Facebook-pikseliä"]
''')
# public bodies receiving data
p = LANG / "sv.toml"; t = p.read_text(encoding="utf-8")
t = t.replace('"Institutet för språk och folkminnen" = ["Isof"]', '"Institutet för språk och folkminnen" = ["Isof"]\n"Post- och telestyrelsen" = ["PTS"]', 1)
p.write_text(t, encoding="utf-8")
p = LANG / "fi.toml"; t = p.read_text(encoding="utf-8")
t = t.replace('"Suomen riistakeskus" = [', '"Fimea" = ["Lääkealan turvallisuus- ja kehittämiskeskus"]\n"KEHA-keskus" = ["KEHA-keskukse"]\n"TE-palvelut" = ["TE-palvelui", "TE-palveluje"]\n"TE-toimisto" = []\n"Suomen riistakeskus" = [', 1)
p.write_text(t, encoding="utf-8")
# no: «avleveres til» (records delivered to an archive depot), «oversendt/oversendes» (a case sent to a body)
words("no", "recipient_cues", ["(avleveres|avlevert|avleverer|avlevere) til", "(bli |blir )?(oversendt|oversendes|oversender) (til )?"])
