"""Gold files of probe round 39c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-luminaires-en-ligne", "fr",
     "identity,contact,account,financial,user_content,profile,feedback,communications,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement", "1095,1825,3650,730,365,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "PrestaShop|OVHcloud|Stripe|PayPal|Colissimo|La Poste|DPD France|Brevo|Avis Vérifiés|Net Reviews|Google|Meta|Facebook",
     "vieprivee@lumieredatelier.fr"),
    ("forniture-belle-arti-online", "it",
     "identity,contact,account,financial,user_content,feedback,communications,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,730,426",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Nexi|PayPal|Scalapay|GLS|SDA Express Courier|Poste Italiane|Klaviyo|Tidio|Studio Gualandi & Associati|Google|Agenzia delle Entrate",
     "privacy@coloridibottega.it"),
    ("agrupacion-astronomica", "es",
     "identity,contact,financial,user_content,communications,device,sensitive,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1460,182",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "international_transfer",
     "Agencia Estatal de Administración Tributaria|Mapfre|Ibercaja|Raiola Networks|Google|Mailchimp|The Rocket Science Group LLC|Instagram",
     "secretaria@astrogredos.org"),
    ("loja-sem-gluten-online", "pt",
     "identity,contact,account,financial,sensitive,feedback,user_content,communications,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,730,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "WooCommerce|PTisp|easypay|CTT Expresso|DPD Portugal|E-goi|InvoiceXpress|Judge.me|Google|Meta|Facebook|Autoridade Tributária e Aduaneira|ASAE",
     "dados@celiacaecia.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
