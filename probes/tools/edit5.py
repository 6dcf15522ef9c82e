"""Round 13d (5): "uten å lagre IP-adresser" / "utan att lagra IP-adresser" deny what follows (no, sv negation cues)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, add_key

add_key("no", "negation", "patterns", ["uten å (lagre|samle inn|registrere|logge|bruke|spore)"])
add("no", "collected.device", "counter_examples", ["Statistikkverktøyet teller besøk uten å lagre IP-adresser."])
add_key("sv", "negation", "patterns", ["utan att (lagra|spara|samla in|registrera|logga|använda|spåra)"])
add("sv", "collected.device", "counter_examples", ["Statistikverktyget räknar besök utan att lagra IP-adresser."])
