"""Round 14d (5): sv 'loggar in' is the verb, not logs; photos we send are not user content; advertising on
social media is no social-network data; third-party cookie names in a cookie table row; share cues
'lämnar också uppgifter till', 'Vem mer får se uppgifterna?'; fi 'Lisätiedot' starts no name."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, ctx, add_key

add("sv", "collected.usage", "unless_part_of", ["(loggar|loggade) (du |ni )?in"])
add("sv", "collected.usage", "counter_examples", ["Du loggar in med BankID och vi får då ditt personnummer från legitimeringen."])
add("sv", "collected.user_content", "unless_part_of", ["(bilder|bilderna|foton|fotona|filmer|filmerna|videor),? ~ (som|vilka) (vi|personalen) (har )?(skickat|skickar|lagt upp|lägger upp|publicerat|publicerar)"])
add("sv", "collected.user_content", "counter_examples", ["Bilder som vi har skickat till dig under vistelsen sparas inte hos oss."])
add("sv", "collected.social", "unless_part_of", ["(annonsering|annonser|reklam|marknadsföring) (i|på) sociala medier"])
add("sv", "collected.social", "counter_examples", ["_fbp | Meta | annonsering i sociala medier | 3 månader"])
add("sv", "flags.third_party_tracking", "match", ["re:(?<![\\w-])_(?:ga|gid|fbp|fbc|gcl_au|ttp|tt_enable_cookie|pin_unauth|uetsid|uetvid)(?![\\w-])"])
add("sv", "flags.third_party_tracking", "examples", ["_fbp | Meta | annonsering i sociala medier | 3 månader"])
ctx("sv", "share", ["lämna* (också |även |bara |endast )(uppgifter|uppgifterna|personuppgifter|information|informationen) till", "(vem|vilka) (mer |annars )?(får|kan få) (se|ta del av)"])
add_key("fi", "words", "name_stops", ["Lisätiedot", "Lisätietoja"])
