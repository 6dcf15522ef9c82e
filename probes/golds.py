"""Gold files of probe round 28c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("location-costumes", "fr",
     "identity,contact,account,financial,device,usage,cookies,user_content,communications",
     "service_providers,advertisers,legal,business_transfer,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,2555,30,365",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Mollie|bpost|Brevo|Combell|Google|Facebook|Meta",
     "privacy@deguizaventure.be"),
    ("frantoio-shop-online", "it",
     "identity,contact,account,financial,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "3650,730,182",
     "access,rectification,erasure,restriction,objection,portability,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "non_exhaustive,third_party_tracking,targeted_advertising,international_transfer,unilateral_changes",
     "Shopify|Stripe|PayPal|BRT|GLS|Klaviyo|Trustpilot|Agenzia delle Entrate|Google|Facebook|Meta",
     "privacy@frantoiolucarelli.it"),
    ("app-recoleccion-reciclaje", "es",
     "identity,contact,account,location,user_content,financial,usage,device,communications,social,cookies",
     "service_providers,affiliates,legal,advertisers", "no",
     "account_lifetime,fixed_period,deletion_stated,legal_requirement", "90,1825",
     "access,rectification,erasure,objection,withdraw_consent,opt_out_marketing,complaint",
     "third_party_tracking,targeted_advertising,international_transfer,unilateral_changes,consent_by_use",
     "Amazon Web Services|Twilio|Openpay|Google|Apple|Facebook|Meta|Grupo Verdeciclo|Servicio de Administración Tributaria",
     "privacidad@reciclaya.mx"),
    ("buffet-infantil", "pt",
     "identity,contact,financial,communications,sensitive,device,usage,cookies",
     "service_providers,legal,public", "no",
     "fixed_period,deletion_stated,legal_requirement,account_lifetime", "182,1825,15,30",
     "access,rectification,erasure,restriction,portability,withdraw_consent,objection,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking",
     "PagSeguro|Cielo|Prefeitura Municipal de Campinas|Google",
     "encarregado@buffetpirilampo.com.br"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
