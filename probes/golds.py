"""Gold files of probe round 48c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-beaux-arts-en-ligne", "fr",
     "identity,contact,account,financial,profile,user_content,communications,device,usage,cookies",
     "service_providers,advertisers,legal,public,business_transfer", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1825,3650,1095,182,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "PrestaShop|OVHcloud|Stripe|PayPal|Oney|Colissimo|Chronopost|Mondial Relay|Brevo|Sendinblue|Zendesk|Fidrhône|Google|Meta|Facebook|Instagram|TikTok",
     "donnees@atelier-pigment.fr"),
    ("app-lavaggio-auto-domicilio", "it",
     "identity,contact,account,location,financial,profile,communications,feedback,device,usage",
     "service_providers,legal", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,3650,90",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "third_party_tracking,international_transfer",
     "Amazon Web Services|Google|Firebase|Stripe|Satispay|Zendesk|Mailchimp|The Rocket Science Group LLC|Fatture in Cloud|TeamSystem|Reale Mutua|Agenzia delle Entrate",
     "dpo@splendiauto.it,privacy@splendiauto.it"),
    ("gestoria-online", "es",
     "identity,contact,account,financial,user_content,sensitive,profile,communications,device,usage,cookies",
     "service_providers,legal", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "2190,3650,30,1460",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer",
     "DGT|Agencia Estatal de Administración Tributaria|Tesorería General de la Seguridad Social|Ayuntamiento de Valencia|Hostinger|Redsys|Banco Sabadell|Signaturit|Holded|Microsoft|Brevo|SEPBLAC|Google",
     "dpd@gestoriaagil.es"),
    ("mercado-municipal", "pt",
     "identity,contact,financial,profile,feedback,communications,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "30,1825,3650,730,90",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking",
     "Câmara Municipal de Braga|Autoridade Tributária e Aduaneira|Segurança Social|ASAE|Polícia de Segurança Pública|Ministério Público|Easypay|Ecoentregas|PTisp|E-goi|Primavera BSS|Google",
     "epd@mercadosbraga.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
