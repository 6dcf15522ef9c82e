"""Round 15d, fi: general wordings the first run missed (run once from the worktree root)."""
import sys
from pathlib import Path
sys.path.insert(0, "probes/tools")
from packedit import add

# sensitive: allergies written as a compound ("ruoka-aineallergiat", "ruoka-allergiat")
add("fi", "collected.sensitive", "match", ["re:(?<![\\w-])[\\w-]{2,20}allergi\\w{0,6}(?!\\w)"])
add("fi", "collected.sensitive", "examples", ["Ilmoittautumisessa kysytään nimi, yhteystiedot ja mahdolliset ruoka-aineallergiat."])
add("fi", "collected.sensitive", "counter_examples", ["Keräämme nimesi, sähköpostiosoitteesi ja toimitusosoitteesi."])
# objection: "Voit kieltää kuvasi julkaisemisen / tietojesi käytön"
add("fi", "rights.objection", "match", ["kieltää ~~ (julkaisemise*|julkaisu*|käytö*|käyttämise*|luovuttamise*|luovutuksen)"])
add("fi", "rights.objection", "examples", ["Voit kieltää oman kuvasi julkaisemisen ilmoittamalla siitä sihteerille."])
add("fi", "rights.objection", "counter_examples", ["Laki kieltää meitä säilyttämästä tietoja tarpeettomasti."])
# service providers: a company the data goes through ("maksetaan Holvin kautta", "postitetaan Postin kautta"), a printer
add("fi", "shared.service_providers", "match", ["re:(?:maksetaan|postitetaan|hoidetaan|välitetään|toimitetaan|lähetetään|jaetaan)\\s+(?:\\w+\\s+){0,2}(?-i:[A-ZÅÄÖ])\\w+n\\s+kautta", "painotalo*", "kirjapaino*"])
add("fi", "shared.service_providers", "examples", ["Jäsenmaksut maksetaan Holvin kautta.", "Jäsenlehti postitetaan Postin kautta, ja painotalo saa jakelua varten nimen ja osoitteen."])
add("fi", "shared.service_providers", "counter_examples", ["Uutiskirje lähetetään sähköpostin kautta."])

# public bodies that supervise and receive data ("luovutetaan Ruokavirastolle, Valviralle")
p = Path("app/policylens/core/lang/fi.toml"); t = p.read_text(encoding="utf-8")
t = t.replace('"Traficom" = []\n', '"Traficom" = []\n"Ruokavirasto" = []\n"Valvira" = []\n', 1)
p.write_text(t, encoding="utf-8")
