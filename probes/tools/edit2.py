"""Round 13d, Swedish pack (2): diagnoses are health data; patient fees are payments; CCTV recordings are no user content."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add

L = "sv"
add(L, "collected.sensitive", "match", ["diagnos(er|en|erna)?"])
add(L, "collected.sensitive", "examples", ["I journalen antecknas diagnoser, provsvar och ordinerade läkemedel."])
add(L, "collected.financial", "match", ["patientavgift*", "vårdavgift*"])
add(L, "collected.financial", "examples", ["Vi registrerar de patientavgifter du har betalat."])
add(L, "collected.user_content", "unless", ["kameraövervak*", "övervakningskamer*"])
add(L, "collected.user_content", "counter_examples", ["Entrén är kameraövervakad och inspelningarna sparas i en vecka."])
