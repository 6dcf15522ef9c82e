import sys; sys.path.insert(0, "probes")
from edit import add
# de
add("de", "collected.user_content", "match", ["(laden|lädt|lädst|lade) ~~ (Foto|Bild|Scan|Dokument|Datei|Kopie) ~~ hoch", "(Foto|Bild|Scan|Dokument|Datei|Kopie) ~~ hoch(laden|geladen|zuladen)"])
add("de", "collected.user_content", "examples", ["Für die Prüfung laden Sie einen Scan Ihres Ausweises hoch.", "Sie können ein Foto der Rechnung hochladen."])
add("de", "collected.sensitive", "match", ["Art(\\.|ikel) 9 (Abs(\\.|atz) (1|2) )?(lit\\. [a-j] )?(DSGVO|DS-GVO|der DSGVO|der Datenschutz-Grundverordnung)"])
add("de", "collected.sensitive", "examples", ["Diese Angaben verarbeiten wir nur mit Ihrer Einwilligung nach Art. 9 Abs. 2 lit. a DSGVO."])
add("de", "shared.with_consent", "match", ["(fragen|frage) wir (Sie|dich) (vorher|zuvor|vorab|zuerst|jeweils vorher)"])
add("de", "shared.with_consent", "examples", ["Ist eine Weitergabe an den Hersteller nötig, fragen wir Sie vorher."])
add("de", "rights.opt_out_marketing", "match", ["(abmelden|abbestellen|austragen) ~~ (Klick|Mausklick) ~~ (jeder|jedes|jedem|jeden|der|des|einer) (E-Mail|Mail|Newsletters?|Ausgabe|Aussendung|Nachricht|Mailings?)"], nth=1)
add("de", "rights.opt_out_marketing", "examples", ["Abbestellen kannst du ihn mit einem Klick am Ende jeder Ausgabe."], nth=1)
pub = ["(zeigen|zeigt|präsentieren|präsentiert) wir ~~ auf (unserer|unseren|unserem) (Website|Webseite|Homepage|Internetseite|Facebook-Seite|Instagram-Seite|Instagram-Kanal|Kanälen|Social-Media-Kanälen)"]
add("de", "shared.public", "match", pub)
add("de", "shared.public", "examples", ["Teilnehmende zeigen wir auf unserer Homepage nur mit ihrer Einwilligung."])
add("de", "shared.public", "counter_examples", ["Wir zeigen Ihnen auf unserer Website nur Produkte, die lieferbar sind, wenn Sie eingeloggt sind, ohne Daten zu teilen."])
add("de", "", "share", pub + ["(geben|gibt) wir (Ihre |deine |personenbezogene |diese |die )?(Daten|Informationen|Angaben)"], section="contexts")
# nl
add("nl", "retention.deletion_stated", "match", ["(maken|maakt) (we|wij) ~~ anoniem", "anoniem gemaakt", "(daarna|vervolgens|nadien) (worden ze |wordt het |worden deze |worden die )?(verwijderd|gewist|vernietigd|geanonimiseerd)"])
add("nl", "retention.deletion_stated", "examples", ["Inactieve profielen maken we na twee jaar anoniem.", "Foto's bij een reparatie: 60 dagen, daarna gewist."])
add("nl", "rights.withdraw_consent", "match", ["(trek|trekt|trekken) (je|u|jij) ~ toestemming ~ in"])
add("nl", "rights.withdraw_consent", "examples", ["Via de instellingen trek je je toestemming op elk moment in."])
add("nl", "collected.feedback", "match", ["(review|recensie|beoordeling) te (schrijven|plaatsen|geven|achterlaten)"])
add("nl", "collected.feedback", "examples", ["Na je bezoek vragen we je om een review te schrijven."])
add("nl", "", "name_stops", ["Betalingen", "Betaling"], section="words")
# da
add("da", "collected.sensitive", "match", ["diagnose", "handicap(pet|s)?"])
add("da", "collected.sensitive", "examples", ["Har barnet en diagnose eller et handicap, kan I oplyse det ved tilmeldingen."])
add("da", "collected.sensitive", "counter_examples", ["Vores lokaler er handicapvenlige."])
dpub = ["(lægger|lægge|lægges|lagt|poster|poste) ~~ på (vores |vor )?*ens (hjemmeside|Facebookside|Facebook-side|Instagram|Facebook|sociale medier)"]
add("da", "shared.public", "match", dpub)
add("da", "shared.public", "examples", ["Vi lægger kun billeder, hvor et barn kan genkendes, på skolens Facebookside med samtykke."])
add("da", "", "share", dpub, section="contexts")
