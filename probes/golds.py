"""Gold files of probe round 30c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("miellerie-en-ligne", "fr",
     "identity,contact,account,financial,profile,communications,feedback,device,usage,cookies",
     "service_providers,legal,public", "no",
     "fixed_period,account_lifetime,legal_requirement,deletion_stated", "3650,1095,730,395",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,international_transfer",
     "OVHcloud|PrestaShop|Stripe|PayPal|Colissimo|Mondial Relay|Brevo|Google",
     "donnees@miellerie-cevennes.fr"),
    ("app-prenotazione-terme", "it",
     "identity,contact,account,financial,sensitive,user_content,location,device,usage,communications,feedback,cookies",
     "service_providers,advertisers,legal,business_transfer,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,3650,90,365",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Google|Apple|ULSS 6 Euganea|Amazon Web Services|Stripe|Satispay|Brevo|Freshdesk|Facebook|Meta",
     "rpd@termepronto.it"),
    ("banco-de-tiempo", "es",
     "identity,contact,account,profile,communications,feedback,device,usage,sensitive,cookies",
     "public,service_providers,legal", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated,indefinite", "1460,547,182",
     "access,rectification,erasure,restriction,objection,portability,withdraw_consent,opt_out_marketing,complaint",
     "international_transfer,indefinite_retention",
     "Ayuntamiento de Zaragoza|Mapfre|Raiola Networks|Google|Mailchimp",
     "privacidad@bancodeltiempodelicias.org"),
    ("loja-bordados-madeira", "pt",
     "identity,contact,account,profile,financial,communications,device,usage,cookies,feedback",
     "service_providers,advertisers,legal,public", "no",
     "fixed_period,legal_requirement,account_lifetime,deletion_stated", "3650,1095,180,425",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer,unilateral_changes,consent_by_use",
     "Shopify|Easypay|PayPal|CTT Expresso|DHL|Klaviyo|Google|Meta|Facebook|Autoridade Tributária e Aduaneira",
     "privacidade@bordadosfunchal.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
