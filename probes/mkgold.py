"""Write a probe's gold JSON: python mkgold.py name lang 'collected' 'shared' sells 'kinds' 'days' 'rights' 'flags' 'names' 'emails'."""
import json, sys
name, lang, col, sh, sells, kinds, days, rights, flags, names, emails = sys.argv[1:]
sp = lambda s: [x for x in s.split(",") if x]
g = {"file": f"{lang}/{name}.txt", "language": lang, "collected": sp(col), "shared_with": sp(sh),
     "sells_data": sells, "retention_kinds": sp(kinds), "retention_days": [int(x) for x in sp(days)],
     "rights": sp(rights), "red_flags": sp(flags), "named_recipients": names.split("|") if "|" in names else sp(names), "contact_emails": sp(emails)}
open(f"probes-gold/{name}.json", "w").write(json.dumps(g, ensure_ascii=False, indent=2) + "\n")
