"""Round 15d, fi: asking for data is collecting it ("Ilmoittautumisessa kysytään nimi …", "pyydämme nimesi")."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add_key
add_key("fi", "contexts", "collect", ["kysytään", "kysymme", "pyydämme (sinulta|teiltä)", "pyydetään"])
