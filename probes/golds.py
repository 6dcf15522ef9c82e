"""Gold files of probe round 33c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("pieces-electromenager-en-ligne", "fr",
     "identity,contact,account,financial,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,public,legal", "no",
     "legal_requirement,fixed_period,account_lifetime,deletion_stated", "3650,1095,182,30,395",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "PrestaShop|OVHcloud|Payplug|PayPal|Colissimo|Chronopost|Relais Colis|Brevo|Avis Vérifiés|Google|Meta|Facebook",
     "donnees@reparmalin.fr"),
    ("scuola-parapendio", "it",
     "identity,contact,account,financial,sensitive,location,communications,device,usage,cookies",
     "service_providers,legal,public", "no",
     "legal_requirement,fixed_period,account_lifetime,deletion_stated", "3650,1825,365,60,730,90",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,international_transfer",
     "Aruba|Stripe|SumUp|Bokun|MailUp|Reale Mutua|Aero Club d'Italia|Agenzia delle Entrate|ENAC|Google",
     "privacy@volaliberobassano.it"),
    ("tienda-jamon-online", "es",
     "identity,contact,account,financial,user_content,profile,feedback,sensitive,communications,device,usage,cookies",
     "service_providers,advertisers,legal,business_transfer", "no",
     "legal_requirement,fixed_period,account_lifetime,deletion_stated", "2190,1460,1095,30,90,730",
     "access,rectification,erasure,objection,restriction,portability,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer,unilateral_changes",
     "Shopify|Redsys|Banco Santander|PayPal|Bizum|SEUR|MRW|Klaviyo|Zendesk|Google|Meta|Facebook|Agencia Estatal de Administración Tributaria",
     "lopd@dehesarealguijuelo.es,dpo.dehesareal@adaptalia.es"),
    ("clube-columbofilo", "pt",
     "identity,contact,account,financial,location,communications,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated,indefinite", "1825,3650,730,365",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "international_transfer,indefinite_retention",
     "Federação Portuguesa de Columbofilia|Associação Columbófila do Distrito do Porto|Autoridade Tributária e Aduaneira|Direção-Geral de Alimentação e Veterinária|Easypay|Millennium bcp|PTisp|MailerLite",
     "privacidade@ccsantotirso.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
