"""Round 14d (2): sv, no, fi wordings from the first run's misses (general forms)."""
import sys
from pathlib import Path
sys.path.insert(0, "probes/tools")
from packedit import add, ctx, add_key

# sv: visit statistics in a cookie sentence; ads personalised from purchases and clicks
add("sv", "collected.usage", "match", ["besöksstatistik*", "statistik över (besök|besökare|besöken)"], nth=2)
add("sv", "collected.usage", "examples", ["Hemsidan använder cookies för att sidan ska fungera och för enkel besöksstatistik."], nth=2)
add("sv", "flags.targeted_advertising", "match", ["anpassa* ~~ (produkter|erbjudanden|annonser|reklam) ~~ (visar|visas) ~~ (utifrån|baserat på|grundat på) ~~ (köp|klick|besök|beteende|sökningar)"])
add("sv", "flags.targeted_advertising", "examples", ["Vi anpassar vilka produkter vi visar dig utifrån dina tidigare köp och klick."])

# no: favourites and wish lists; deleted afterwards; journal law; erasure of records; business transfer;
# at your request; changes made to the notice; "svar STOPP"
add("no", "collected.profile", "match", ["favoritt*", "ønskeliste*"])
add("no", "collected.profile", "examples", ["I kundekontoen kan du lagre favorittprodukter og lage ønskelister."])
add("no", "retention.deletion_stated", "match", ["(slettes|anonymiseres|makuleres) (deretter|derefter|etterpå|så)"])
add("no", "retention.deletion_stated", "examples", ["Opptakene lagres i fem år og slettes deretter."])
add("no", "retention.legal_requirement", "match", ["pasientjournallov*", "journalforskrift*"], nth=2)
add("no", "retention.legal_requirement", "examples", ["Journalen oppbevares til ti år etter pasientens død, jf. pasientjournalloven."], nth=2)
add("no", "rights.erasure", "match", ["sletting av (journalopplysninger|opplysninger|personopplysninger|data|journal*)"], nth=2)
add("no", "rights.erasure", "examples", ["Sletting av journalopplysninger kan bare skje i særlige tilfeller."], nth=2)
add("no", "shared.business_transfer", "match", ["overtas av (en annen|et annet|en ny|et nytt|ny|nye) (virksomhet|selskap|eier|eiere|aktør)"])
add("no", "shared.business_transfer", "examples", ["Dersom butikken overtas av en annen virksomhet, følger kundeforholdet med."])
add("no", "shared.with_consent", "match", ["(hvis|dersom|når) du ber (oss )?om det"])
add("no", "shared.with_consent", "examples", ["Vi utleverer opplysninger til forsikringsselskapet ditt dersom du ber oss om det."])
add("no", "changes.clause", "match", ["(gjøre|gjør|foreta|foretar) endringer i ~ (erklæring*|personvernerklæring*|retningslinje*|vilkår*|informasjonen)"])
add("no", "changes.clause", "examples", ["Vi kan gjøre endringer i erklæringen."])
ctx("no", "rights", ["(svar|svare|send|sende) (med )?STOPP"])
add("no", "rights.opt_out_marketing", "match", ["(svar|svare|send|sende) (med )?STOPP"])
add("no", "rights.opt_out_marketing", "examples", ["Ønsker du ikke slike påminnelser, svar STOPP på SMS-en."])
p = Path("app/policylens/core/lang/no.toml"); t = p.read_text(encoding="utf-8")
t = t.replace('[words.public_bodies]\n"Skatteetaten" = []\n', '[words.public_bodies]\n"Skatteetaten" = []\n"Folkehelseinstituttet" = ["FHI"]\n', 1); p.write_text(t, encoding="utf-8")

# fi: business sold; subscription in force; access "pääsyä tietoihisi"; cookies switched on only with consent;
# an age ("kun nuori täyttää 29 vuotta") is no period
add("fi", "shared.business_transfer", "match", ["(yritystoimin*|liiketoimin*) ~~ (myydään|myyty|myytäisiin|siirtyy uudelle omistajalle)", "siirtyä ostajalle", "siirtyvät ostajalle"])
add("fi", "shared.business_transfer", "examples", ["Jos yritystoiminta tai osa siitä myydään, tiedot voivat siirtyä ostajalle."])
add("fi", "retention.account_lifetime", "match", ["niin kauan,? kuin (tilauksesi|tilaus|sopimuksesi|sopimus|jäsenyytesi|jäsenyys|asiakkuutesi) on voimassa"])
add("fi", "retention.account_lifetime", "examples", ["Tilisi tiedot säilyvät niin kauan kuin tilauksesi on voimassa."])
add("fi", "rights.access", "match", ["pääsyä (tietoihisi|tietoihin|henkilötietoihisi|omiin tietoihisi)"])
add("fi", "rights.access", "examples", ["Voit pyytää pääsyä tietoihisi ja niiden korjaamista."])
add("fi", "shared.with_consent", "unless", ["(otetaan|otamme|asetetaan|asetamme) käyttöön (vain |ainoastaan )?suostumuksellasi"])
add("fi", "shared.with_consent", "counter_examples", ["Nämä otetaan käyttöön vain suostumuksellasi, ja voit perua suostumuksen evästebannerista."])
add_key("fi", "durations", "not_after", ["täyttää", "täyttävät", "täyttäneet", "täyttäneen"])
