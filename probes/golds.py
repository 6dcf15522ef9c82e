"""Gold files of probe round 47c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-epices-en-ligne", "fr",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,730,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Stripe|PayPal|Alma|Mondial Relay|Colissimo|Klaviyo|Gorgias|Judge.me|Qonto|Cabinet Loire Conseil|DGCCRF|Google|Meta|Facebook|Instagram|Pinterest",
     "vieprivee@comptoir-erdre.fr"),
    ("app-navetta-aeroporto", "it",
     "identity,contact,account,location,financial,profile,sensitive,communications,feedback,device,usage",
     "service_providers,legal", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,3650,2,60,90",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "third_party_tracking,international_transfer",
     "Aruba|Google|Firebase|Stripe|Satispay|Amplitude|Freshdesk|Freshworks|Twilio|Brevo|Agenzia delle Entrate",
     "dpo@navettasud.it,privacy@navettasud.it"),
    ("pena-flamenca", "es",
     "identity,contact,financial,profile,sensitive,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated,indefinite", "1460,2190,30,90",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "international_transfer,indefinite_retention",
     "CaixaBank|Tesorería General de la Seguridad Social|Agencia Estatal de Administración Tributaria|Entradium|YouTube|Facebook|Instagram|Mailchimp|The Rocket Science Group LLC|Ayuntamiento de Sevilla|Junta de Andalucía|Asesoría Bética, S.L.|Google",
     "protecciondatos@candiltriana.es"),
    ("loja-artigos-religiosos", "pt",
     "identity,contact,account,financial,profile,user_content,sensitive,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "3650,1825,1095,730,182,30",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Ifthenpay|PayPal|CTT|DPD Portugal|E-goi|Moloni|Autoridade Tributária e Aduaneira|PTisp|Google|ASAE",
     "dados@casalumen.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
