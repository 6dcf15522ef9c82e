"""Gold files of probe round 24c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-jeux-video", "fr",
     "identity,contact,account,financial,user_content,device,usage,cookies,profile,communications,feedback",
     "service_providers,legal,business_transfer,advertisers,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,2190,90,730",
     "access,rectification,withdraw_consent,portability,opt_out_marketing,cookie_control,complaint",
     "international_transfer,third_party_tracking,targeted_advertising,unilateral_changes",
     "Shopify|Stripe|Postes Canada|Purolator|Klaviyo|Gorgias|Google|Facebook|Revenu Québec|Agence du revenu du Canada",
     "vieprivee@pixelnord.ca"),
    ("trasporto-pubblico-locale", "it",
     "identity,contact,sensitive,financial,location,device,cookies",
     "service_providers,legal", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1825,730,365,7,3650",
     "access,rectification,erasure,restriction,objection,portability,withdraw_consent,complaint",
     "",
     "Regione Lombardia|Agenzia del TPL del bacino di Como, Lecco e Varese|Sistemi Mobilità Integrata S.r.l.|Nexi",
     "rpd@mobilitalario.it,privacy@mobilitalario.it"),
    ("ferreteria-online", "es",
     "identity,contact,financial,device,usage,location,account,profile,cookies,feedback",
     "service_providers,legal,affiliates,advertisers", "no",
     "fixed_period,legal_requirement,account_lifetime,deletion_stated", "1825",
     "access,rectification,erasure,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "international_transfer,third_party_tracking,targeted_advertising,unilateral_changes",
     "Mercado Pago|Openpay|Estafeta Mexicana, S.A. de C.V.|Paquetexpress|Amazon Web Services|Facturama|Servicio de Administración Tributaria|Facebook|Google",
     "privacidad@ferremax.mx"),
    ("clinica-veterinaria", "pt",
     "identity,contact,financial,account,device,usage,cookies",
     "legal,service_providers,with_consent,public", "unstated",
     "fixed_period,legal_requirement,account_lifetime,deletion_stated", "1825,3650,730",
     "access,rectification,erasure,restriction,objection,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,unilateral_changes",
     "Direção-Geral de Alimentação e Veterinária|Autoridade Tributária e Aduaneira|INNO Serviços Especializados em Veterinária|Google|Facebook|Instagram",
     "dados@hvmondego.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
