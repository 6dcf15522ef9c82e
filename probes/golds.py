"""Gold files of probe round 37c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("app-barbier-reservation", "fr",
     "identity,contact,account,financial,user_content,location,device,usage,communications,feedback,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,deletion_stated,legal_requirement", "1095,30,730,3650,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer",
     "OVHcloud|Stripe|Brevo|Crisp|Google|Mapbox",
     "dpo@barbe-ciseaux.fr"),
    ("orologi-shop-online", "it",
     "identity,contact,account,financial,profile,user_content,communications,device,usage,cookies,feedback",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,3650,1825,90,395,365",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Stripe|PayPal|Scalapay|DHL|Klaviyo|Trustpilot|Studio Rossi Commercialisti Associati|Questura di Torino|Google|Meta|Facebook",
     "privacy@tempodoro-orologi.it"),
    ("app-comida-casera-vecinos", "es",
     "identity,contact,account,sensitive,financial,user_content,location,device,usage,communications,feedback,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,legal_requirement,deletion_stated,fixed_period", "90,2190,3650,730",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "international_transfer",
     "Amazon Web Services|Stripe|Glovo|OneSignal|Mixpanel|Freshdesk|Agencia Estatal de Administración Tributaria",
     "dpo@platovecino.es"),
    ("coro-amador", "pt",
     "identity,contact,financial,sensitive,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,deletion_stated,legal_requirement,indefinite", "1095,3650,7,30",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "international_transfer,indefinite_retention",
     "Ageas|Eupago|Câmara Municipal de Guimarães|Autoridade Tributária e Aduaneira|Mailchimp|Intuit Inc.|Facebook|YouTube",
     "privacidade@orfeaosaotorcato.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
