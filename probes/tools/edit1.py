"""Round 12d pack edits, group 1: false findings (sale, recordings, social, change notices)."""
import sys
from pathlib import Path
sys.path.insert(0, "probes/tools")
from packedit import add

def sub_line(lang, lineno_hint, old, new):
    p = Path(f"app/policylens/core/lang/{lang}.toml")
    t = p.read_text(encoding="utf-8")
    assert t.count(old) == 1, (lang, old, t.count(old))
    p.write_text(t.replace(old, new), encoding="utf-8")

# fi sale.yes: "vuokrat*" read the rent nouns ("vuokratiedot", "vuokrat") as renting data out
sub_line("fi", 247, 'match = ["myy*", "myyd*", "vuokraa*", "vuokrat*",', 'match = ["myy*", "myyd*", "vuokraa*", "vuokrat(a|aan|aisi|aisiin|tu|tuja|tiin)",')
add("fi", "sale.yes", "examples", ["Henkilötietojasi voidaan vuokrata kolmansille osapuolille."])
add("fi", "sale.yes", "counter_examples", ["Kelalle annamme vuokratiedot asumistukea varten, jos olet antanut siihen valtuutuksen.",
                                           "Erääntyneet vuokrat siirretään perintään, ja maksuhäiriöistä voidaan tehdä merkintä luottotietorekisteriin."])
# no sale.yes: the business (or part of it) being sold, data going to the buyer
add("no", "sale.yes", "unless", ["(virksomheten|selskapet|forretningen|konsernet|driften) ~ (selges|blir solgt|kjøpes opp|overdras)", "til kjøperen"])
add("no", "sale.yes", "counter_examples", ["Dersom Kinoselskapet eller deler av virksomheten selges, kan personopplysninger overføres til kjøperen."])
# no user_content: a bare "opptak" (recording) is CCTV or a call more often than the user's own recording
sub_line("no", 138, '"opptak(en|et|a|ene|er|ne)?", ', '"(dine|ditt) opptak", "opptakene dine", "opptak(ene)? (du|som du) (lager|gjør|tar|laster opp|deler)", ')
add("no", "collected.user_content", "examples", ["Vi lagrer opptakene dine og bildene du laster opp."])
add("no", "collected.user_content", "counter_examples", ["Opptakene lagres i sju dager og slettes automatisk, med mindre de utleveres til politiet."])
# sv social: photos of people on the service's social-media pages are no data from social networks
add("sv", "collected.social", "unless", ["(bilder|bilderna|foton|fotona|filmer|filmerna) (på|i) sociala medier"])
add("sv", "collected.social", "counter_examples", ["Bilder på sociala medier sparas tills samtycket återkallas."])
# fi changes.notify: "muutoksista kerromme asiakkaille sähköpostilla"
add("fi", "changes.notify", "match", ["(kerromme|kerrotaan|tiedotamme|informoimme) ~~ (sähköpostitse|sähköpostilla|etukäteen|ennen voimaantuloa|sovelluksessa)"])
add("fi", "changes.notify", "examples", ["Merkittävistä muutoksista kerromme asiakkaille sähköpostilla."])
