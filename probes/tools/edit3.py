"""Round 16d, third batch (no): the nynorsk share heading «Kven får opplysningane», processors «ført av» / «ligg hos»,
photos «lagt ut på Facebook» (not a social log-in), «etter at du har slutta som frivillig»."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, add_key

add_key("no", "contexts", "share", ["kven (får|tek imot|mottek|har tilgang til) (opplysningane|opplysningar|personopplysningane|personopplysningar|data|dataa)", "(blir )?(ført|førd|føres|førast) av", "(ligg|ligger) (lagra |lagret )?hos"])
add("no", "collected.social", "unless", ["(legg|legger|leggjer|lagt) ~ ut ~~ (på|i) (Facebook|Instagram|sosiale medium|sosiale medier)"])
add("no", "collected.social", "counter_examples", ["Vi tek bilete på arrangement og legg dei ut på Facebook-sida vår."])
add("no", "retention.account_lifetime", "match", ["etter at (du|dere) har (slutta|sluttet) som (frivillig|frivillige|medlem|medlemmer|kunde|kunder|tillitsvalt|tillitsvalgt|elev|leiar|leder)"])
add("no", "retention.account_lifetime", "examples", ["Opplysningane blir sletta eitt år etter at du har slutta som frivillig.", "Opplysningene slettes seks måneder etter at du har sluttet som medlem."])
