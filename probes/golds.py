"""Gold files of probe round 51c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-cerfs-volants-en-ligne", "fr",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,180,730,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "o2switch|PayPlug|PayPal|Colissimo|La Poste|Mondial Relay|Brevo|Crisp|Avis Vérifiés|Net Reviews|Google|Meta|Facebook|Instagram",
     "vieprivee@ventdopale.fr"),
    ("negozio-bomboniere-online", "it",
     "identity,contact,account,financial,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "3650,90,1095,730,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Register.it|Nexi|PayPal|Scalapay|BRT|Poste Italiane|MailUp|Trustpilot|Agenzia delle Entrate|Google",
     "privacy@confettinastri.it"),
    ("tienda-trajes-flamenca-online", "es",
     "identity,contact,account,financial,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "2190,365,30,1095,730",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Redsys|CaixaBank|PayPal|Aplazame|SEUR|Correos Express|Mailchimp|Intuit Inc.|Aircall|Google|TikTok|Agencia Estatal de Administración Tributaria",
     "dpo@volantesdetriana.es"),
    ("agencia-casting-figurantes", "pt",
     "identity,contact,financial,profile,user_content,communications,device,usage,cookies",
     "service_providers,legal,with_consent", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,30,180,3650,365",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer",
     "PTisp|Google|Vimeo|Moloni|E-goi|Ageas Seguros|Autoridade Tributária e Aduaneira|Instituto da Segurança Social",
     "privacidade@planogeral.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
