"""Round 15d, no: general wordings the first run missed (run once from the worktree root)."""
import sys
from pathlib import Path
sys.path.insert(0, "probes/tools")
from packedit import add

# social: "følger oss i sosiale medier" is following the shop, not data from a social network
add("no", "collected.social", "unless", ["følger oss", "følge oss"])
add("no", "collected.social", "counter_examples", ["Vi behandler opplysninger når du handler hos oss eller følger oss i sosiale medier."])
# consent by use: "regner vi det som at du har akseptert dem"
add("no", "flags.consent_by_use", "match", ["(regner|anser|betrakter) vi (det )?(som|slik) at du (har )?(akseptert|godtatt|godkjent|samtykket)"])
add("no", "flags.consent_by_use", "examples", ["Fortsetter du å bruke tjenesten etter endringene, regner vi det som at du har akseptert dem."])
add("no", "flags.consent_by_use", "counter_examples", ["Vi regner med at endringene trer i kraft 1. mars, og varsler deg på e-post før det."])
# the current version "ligger alltid her"
add("no", "changes.burden", "match", ["(gjeldende|siste|nyeste|oppdaterte) versjon(en)? ~ (ligger|finnes|publiseres) (alltid |til enhver tid )?her"])
add("no", "changes.burden", "examples", ["Gjeldende versjon ligger alltid her."])
add("no", "changes.burden", "counter_examples", ["Her finner du den gjeldende prislisten."])
# legal requirement: "som regnskapsreglene krever"
add("no", "retention.legal_requirement", "match", ["(regnskapsreglene|bokføringsreglene|skattereglene|regnskapsregler|bokføringsregler) (krever|pålegger)"])
add("no", "retention.legal_requirement", "examples", ["Bilag lagres i fem år, som regnskapsreglene krever."])
add("no", "retention.legal_requirement", "counter_examples", ["Vi lagrer kvitteringer i fem år for å kunne besvare reklamasjoner."])
# as long as necessary, the clause first: "Bilder som ikke lenger er nødvendige, slettes"
add("no", "retention.as_long_as_necessary", "match", ["(som|når|så snart) (de |det |den |disse )?(ikke|ikkje) lenger er (nødvendig*|relevant*) ~~ (slett*|anonymiser*|fjern*)"])
add("no", "retention.as_long_as_necessary", "examples", ["Bilder som ikke lenger er nødvendige for behandlingen, slettes fortløpende."])
add("no", "retention.as_long_as_necessary", "counter_examples", ["Bilder slettes etter tre måneder."])
# with consent: "deles bare med andre når du samtykker"
add("no", "shared.with_consent", "match", ["(bare|kun) ~ når du (samtykker|har samtykket|har gitt (oss )?(ditt )?samtykke)"])
add("no", "shared.with_consent", "examples", ["Helseopplysninger deles bare med andre når du samtykker eller når loven gir oss rett til det."])
add("no", "shared.with_consent", "counter_examples", ["Vi deler opplysninger med transportøren når du bestiller."])
# targeted advertising: ads shown to you on other sites or social media
add("no", "flags.targeted_advertising", "match", ["vise (deg )?(annonser|reklame|tilbud) ~~ (på andre nettsteder|på andre nettsider|når du er på|i sosiale medier|på sosiale medier)"])
add("no", "flags.targeted_advertising", "examples", ["Vi bruker Meta-pikselen for å vise deg tilbud når du er på Facebook.", "Med samtykke bruker vi Google Ads for å vise annonser for oss på andre nettsteder."])
add("no", "flags.targeted_advertising", "counter_examples", ["Vi viser ikke reklame i appen og deler ikke data med annonsører."])
# location: precise position
add("no", "collected.location", "match", ["(presis|nøyaktig|eksakt|presise|nøyaktige) (posisjon|plassering|lokasjon)(en)?"])
add("no", "collected.location", "examples", ["Presis posisjon henter vi bare hvis du gir appen lov."])
add("no", "collected.location", "counter_examples", ["Vi henter presis informasjon om bestillingen din fra kassesystemet."])
# communications: "Meldingene skannes/lagres"
add("no", "collected.communications", "match", ["(meldingene|samtalene|chatmeldingene) ~ (skannes|lagres|leses|kontrolleres|gjennomgås|overvåkes|oppbevares)"])
add("no", "collected.communications", "examples", ["Meldingene skannes automatisk for svindelforsøk."])
add("no", "collected.communications", "counter_examples", ["Kontoen lagres til du sletter den."])

# public bodies that receive data where the law says so
p = Path("app/policylens/core/lang/no.toml"); t = p.read_text(encoding="utf-8")
t = t.replace('"Statens helsetilsyn" = []\n', '"Statens helsetilsyn" = []\n"Helsetilsynet" = []\n"Helfo" = []\n"Mattilsynet" = []\n', 1)
p.write_text(t, encoding="utf-8")
# Mattilsynet was added here too and taken out again: round 8's no-dyreklinikk labels it `legal`, not a name.
