"""Round 16d, fifth batch (no): a rental deposit recorded is financial data («pris, depositum»)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add
add("no", "collected.financial", "match", ["depositum(et|a)?"])
add("no", "collected.financial", "examples", ["For hver leie registrerer vi pris og depositum."])
add("no", "collected.financial", "counter_examples", ["Du kan betale med kort eller Vipps når du henter nøkkelen."])
