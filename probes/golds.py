"""Gold files of probe round 44c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-stylos-plume", "fr",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,730,395,182",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "PrestaShop|OVHcloud|PayPlug|PayPal|La Poste|Colissimo|Mondial Relay|Sendinblue|Brevo|Crisp|Trustpilot|Google|Meta|Facebook",
     "donnees@encrier-croixrousse.fr"),
    ("app-micologia-funghi", "it",
     "identity,contact,account,financial,profile,location,user_content,communications,feedback,device,usage",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,30,365,90,3650",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Amazon Web Services|Firebase|Google|Mixpanel|Zendesk|MailUp",
     "privacy@fungosicuro.app,dpo@fungosicuro.app"),
    ("escuela-nautica", "es",
     "identity,contact,account,financial,profile,sensitive,communications,feedback,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1825,2190,90,365,182",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "international_transfer",
     "Capitanía Marítima de Cádiz|Dirección General de la Marina Mercante|Junta de Andalucía|Agencia Estatal de Administración Tributaria|Mapfre|Raiola Networks|Holded|Redsys|CaixaBank|Mailchimp|Intuit Inc.|Instagram",
     "protecciondatos@nauticabahia.es"),
    ("loja-conservas-peixe", "pt",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,3650,1825,30,1095,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|easypay|PayPal|CTT Expresso|DPD Portugal|Klaviyo|Moloni|Judge.me|Google|Meta|Facebook|Autoridade Tributária e Aduaneira",
     "privacidade@conserveira-atlantico.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
