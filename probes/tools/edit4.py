"""Round 16d, fourth batch (fi): official records public under the Publicity Act («asiakirjat ovat lähtökohtaisesti julkisia», «tietopyynnön perusteella»)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, add_key

add("fi", "shared.public", "match", ["(asiakirjat|asiakirjoja|tiedot) ovat (lähtökohtaisesti |pääsääntöisesti |yleensä |yleisesti )?julkisia", "(voidaan )?(antaa|luovuttaa|annetaan|luovutetaan) tietopyynnön perusteella"])
add("fi", "shared.public", "examples", ["Viranomaisen asiakirjat ovat lähtökohtaisesti julkisia, joten tietoja voidaan antaa tietopyynnön perusteella myös muille."])
add("fi", "shared.public", "counter_examples", ["Potilasasiakirjat eivät ole julkisia."])
add_key("fi", "contexts", "share", ["ovat (lähtökohtaisesti |pääsääntöisesti |yleensä |yleisesti )?julkisia", "tietopyynnö*"])
