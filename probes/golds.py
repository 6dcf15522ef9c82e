"""Gold files of probe round 25c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-the-en-ligne", "fr",
     "identity,contact,account,financial,profile,device,usage,communications,feedback,cookies",
     "service_providers,legal,business_transfer,public", "no",
     "fixed_period,legal_requirement,account_lifetime,deletion_stated", "3650,1095,90,730",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,complaint,opt_out_marketing,cookie_control",
     "international_transfer,third_party_tracking,unilateral_changes",
     "Infomaniak|Datatrans AG|TWINT SA|La Poste Suisse|DPD|Mailchimp|The Rocket Science Group LLC|Google|Administration fédérale des contributions",
     "protection.donnees@maison-theiere.ch"),
    ("biblioteca-civica", "it",
     "identity,contact,financial,device,cookies",
     "service_providers,legal", "unstated",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1825,180,3650",
     "access,rectification,erasure,restriction,objection,withdraw_consent,opt_out_marketing,complaint",
     "hardware_identifiers",
     "Rete Bibliotecaria Cremonese|Comperio S.r.l.|Horizons Unlimited S.r.l.|pagoPA",
     "protocollo@pec.comune.castelverde.cr.it,rpd@comune.castelverde.cr.it"),
    ("app-lavanderia", "es",
     "identity,contact,account,location,financial,device,usage,feedback",
     "service_providers,legal", "no",
     "account_lifetime,as_long_as_necessary,fixed_period,legal_requirement,deletion_stated", "3650,60",
     "access,rectification,erasure,withdraw_consent,complaint,opt_out_marketing",
     "international_transfer,targeted_advertising,third_party_tracking",
     "Amazon Web Services|Wompi|Mensajeros Urbanos S.A.S.|Google|DIAN",
     "datospersonales@lavaya.co"),
    ("associacao-estudantes", "pt",
     "identity,contact,sensitive,financial,cookies",
     "service_providers,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "365,3650,180",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint",
     "international_transfer",
     "Fidelidade – Companhia de Seguros, S.A.|Instituto Português do Desporto e Juventude|Easypay|Google|Instagram|Facebook",
     "privacidade@aeestv.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
