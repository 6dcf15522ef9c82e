"""Gold files of probe round 22c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("plein-air-en-ligne", "fr",
     "identity,contact,account,financial,profile,feedback,user_content,communications,device,usage,cookies",
     "service_providers,legal,business_transfer,advertisers", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,2190,365",
     "access,rectification,erasure,withdraw_consent,portability,opt_out_marketing,complaint,cookie_control",
     "international_transfer,third_party_tracking,targeted_advertising,unilateral_changes",
     "Shopify|Moneris|Postes Canada|Purolator|Klaviyo|Gorgias|Revenu Québec|Google|Facebook",
     "vieprivee@sentierboreal.ca"),
    ("poliambulatorio-privato", "it",
     "identity,contact,sensitive,financial,account,device,usage,cookies",
     "service_providers,legal,with_consent", "unstated",
     "fixed_period,legal_requirement,deletion_stated", "3650,45,3",
     "access,rectification,erasure,restriction,objection,withdraw_consent,complaint",
     "",
     "ASL Città di Torino|Regione Piemonte|Agenzia delle Entrate|Dedalus Italia S.p.A.|Aruba",
     "rpd@cmsansecondo.it,segreteria@cmsansecondo.it"),
    ("app-arriendo-estacionamientos", "es",
     "identity,contact,financial,location,device,usage,feedback,communications,user_content,cookies",
     "service_providers,legal,affiliates,advertisers", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "30,2190,90",
     "access,rectification,erasure,restriction,objection,opt_out_marketing,complaint",
     "international_transfer,third_party_tracking,targeted_advertising,data_combination,unilateral_changes,consent_by_use",
     "Transbank|Mercado Pago|Amazon Web Services|Google|Truora|Servicio de Impuestos Internos|Carabineros de Chile|Meta",
     "privacidad@estacionaya.cl"),
    ("associacao-protecao-animais", "pt",
     "identity,contact,financial,sensitive,user_content,device,usage,cookies",
     "service_providers,legal", "no",
     "fixed_period,account_lifetime,legal_requirement,deletion_stated", "5475,182,730,3650",
     "access,rectification,erasure,restriction,objection,portability,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "international_transfer,third_party_tracking,unilateral_changes",
     "Sistema de Informação de Animais de Companhia|Câmara Municipal do Porto|Autoridade Tributária e Aduaneira|GNR|PSP|easypay|Mailchimp|Google",
     "rgpd@patasdodouro.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
