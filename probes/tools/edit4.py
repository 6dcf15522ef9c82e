"""Round 14d (4), no: a sentence limiting erasure under the journal law ("kan bare slettes etter vedtak ...,
jf. pasientjournalloven") is about the right, not a retention rule."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add
add("no", "retention.legal_requirement", "unless", ["(kan|skal) (bare|kun) (slettes|rettes|sperres)"], nth=2)
add("no", "retention.legal_requirement", "counter_examples", ["Opplysninger i pasientjournalen kan kun slettes når Statsforvalteren har fattet vedtak om det, jf. pasientjournalloven."], nth=2)
