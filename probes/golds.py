"""Gold files of probe round 40c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-maillots-de-bain-en-ligne", "fr",
     "identity,contact,account,financial,profile,feedback,user_content,communications,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,730,395,182",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Stripe|PayPal|Alma|Mondial Relay|Chronopost|Klaviyo|Gorgias|Trustpilot|Meta|Facebook|TikTok|Google",
     "donnees@vaguedazur.fr"),
    ("app-tornei-calcetto", "it",
     "identity,contact,account,profile,financial,location,sensitive,user_content,device,usage",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,365,3650",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Amazon Web Services|Stripe|Satispay|Firebase|Google|Mixpanel|Brevo|Agenzia delle Entrate",
     "dpo@calciodiquartiere.it,privacy@calciodiquartiere.it"),
    ("tienda-residuo-cero-online", "es",
     "identity,contact,account,profile,financial,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,2190,365,426",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "WooCommerce|Hostinger|Redsys|Banco Sabadell|PayPal|SEUR|Correos Express|Sendinblue|Brevo|Holded|Agencia Estatal de Administración Tributaria|Meta|Facebook|Google",
     "privacidad@granelverde.es"),
    ("quinta-pedagogica", "pt",
     "identity,contact,financial,sensitive,communications,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,30,3650",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "international_transfer",
     "Amen.pt|Moloni|Mailchimp|Intuit Inc.|Fidelidade|Autoridade Tributária e Aduaneira|INEM|Facebook",
     "protecaodados@quintavalesousa.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
