"""Gold files of probe round 54c, written before the first run (corrections after it: fr profile added, DGFiP dropped; pt profile and user_content added, DPD → DPD Portugal;  after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("appli-garde-plantes", "fr",
     "identity,contact,account,financial,location,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,30,7,3650,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Stripe|OVHcloud|Brevo|Firebase|Google|Intercom|Onfido|MAIF|Direction générale des Finances publiques|Meta|Facebook|Instagram",
     "dpo@feuillagegarde.fr"),
    ("negozio-pasta-fresca-online", "it",
     "identity,contact,account,financial,sensitive,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,3650,1095,90,395,365",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Nexi|PayPal|Scalapay|GLS|Aruba|Mailchimp|Intuit Inc.|Agenzia delle Entrate|Google|Meta|Facebook|Instagram",
     "privacy@sfogliaviva.it"),
    ("club-petanca", "es",
     "identity,contact,financial,sensitive,communications,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated,indefinite", "2190,365",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer,indefinite_retention",
     "Federació de Petanca de la Comunitat Valenciana|Mapfre|Caixa Popular|Ayuntamiento de València|Fundació Esportiva Municipal|Agencia Tributaria|Google|Mailchimp|Facebook",
     "secretaria@petancalesmoreres.es"),
    ("loja-produtos-acorianos-online", "pt",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "as_long_as_necessary,account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,1825,3650,60,365",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|easypay|PayPal|CTT|DPD Portugal|Moloni|E-goi|Hotjar|Autoridade Tributária e Aduaneira|Google|Meta|Facebook|Instagram",
     "dados@saboresdailha.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
