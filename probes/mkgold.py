import json, sys
def g(name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails):
    d = {"file": f"{lang}/{name}.txt", "language": lang, "collected": collected, "shared_with": shared,
         "sells_data": sells, "retention_kinds": kinds, "retention_days": days, "rights": rights,
         "red_flags": flags, "named_recipients": names, "contact_emails": emails}
    with open(f"probes-gold/{name}.json", "w", encoding="utf-8") as f:
        f.write("{\n" + ",\n".join(f'  "{k}": {json.dumps(v, ensure_ascii=False)}' for k, v in d.items()) + "\n}\n")
