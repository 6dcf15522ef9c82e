"""Round 15d, sv: ads on a named social platform in a cookie or sharing sentence; saying no to offers named earlier in the sentence."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add

add("sv", "shared.advertisers", "match", ["(marknadsföring|annonser|annonsering|reklam|annonsmätning) (på|i|via) (Facebook|Instagram|TikTok|Snapchat|LinkedIn|Pinterest|YouTube)"])
add("sv", "shared.advertisers", "examples", ["_fbp | Meta | annonsmätning och riktad marknadsföring på Facebook och Instagram | 3 månader"])
add("sv", "shared.advertisers", "counter_examples", ["Följ oss gärna på Facebook och Instagram för nyheter om sortimentet."])
add("sv", "rights.opt_out_marketing", "match", ["(erbjudanden|reklam|marknadsföring|utskick|nyhetsbrev|nyhetsbrevet|sms-erbjudanden) ~~ (tacka|säga|välja) nej", "svara (med )?STOPP?"])
add("sv", "rights.opt_out_marketing", "examples", ["Erbjudanden får du bara om du har sagt ja, och du kan tacka nej när du vill genom att svara STOPP på sms:et."])
add("sv", "rights.opt_out_marketing", "counter_examples", ["Du kan tacka nej till kakor som inte är nödvändiga."])
