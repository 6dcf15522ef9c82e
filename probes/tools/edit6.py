"""Round 14d (6): photos taken by the service are no user content (no: 'vi tar bilder av dekkene'; fi: photos
'leireiltä/tapahtumista'); changes announced only on the website put the
burden on the reader (fi); the public may request public records (sv)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, ctx

add("no", "collected.user_content", "unless_part_of", ["(vi|verkstedet|mekanikeren|mekanikerne|teknikeren) tar (også )?bilder av (dekkene|bilen|kjøretøyet|skaden|skadene|varene|produktet|boligen|eiendommen)", "(bilder|bildene) av (dekk|dekkene|bilen|kjøretøyet|skaden|skadene|varene|produktet)"])
add("no", "collected.user_content", "counter_examples", ["Vi noterer mønsterdybden, og vi tar bilder av dekkene som du kan se i appen.", "Bilder av dekk slettes når hjulsettet hentes ut."])
# (no: counting visits as usage was tried and reverted: anonymous visit statistics are no usage in round 8d)
add("fi", "collected.user_content", "unless_part_of", ["(valokuvat|valokuvia|kuvat|kuvia|videot|videoita) (ja videot |ja videoita )?(leireiltä|leiriltä|retkiltä|tapahtumista|tapahtumistamme|otteluista|kilpailuista|konserteista|juhlista)"])
add("fi", "collected.user_content", "counter_examples", ["Valokuvat ja videot leireiltä, jos osallistuja ja huoltaja ovat antaneet luvan."])
add("fi", "changes.burden", "match", ["(muutoksista|muutokset) ~~ (kerrotaan|julkaistaan|tiedotetaan) (vain |ainoastaan )?(kaupungin |kunnan |yhdistyksen |seuran |yrityksen )?(verkkosivuilla|verkkosivuillamme|sivuillamme|verkkosivustolla|sivustolla|sivustollamme)"])
add("fi", "changes.burden", "examples", ["Muutoksista tähän selosteeseen kerrotaan kaupungin verkkosivuilla."])
add("sv", "shared.public", "match", ["(den som|var och en som|alla som|vem som helst som) begär (att få )?ut (en )?(allmän |allmänna )?handling*"], nth=2)
add("sv", "shared.public", "examples", ["Den som begär ut en handling får den om inte sekretess gäller."], nth=2)
