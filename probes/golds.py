"""Gold files of probe round 42c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-chaussons-danse", "fr",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,1825,3650,30,1095,395,760",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "OVHcloud|PrestaShop|Payplug|PayPal|Mondial Relay|Chronopost|Mailjet|Zendesk|Trustpilot|Google|TikTok|Meta|Facebook|DGCCRF",
     "donnees@entrechat-boutique.fr"),
    ("app-compravendita-francobolli", "it",
     "identity,contact,account,financial,user_content,communications,feedback,profile,device,usage,location",
     "service_providers,advertisers,legal,business_transfer,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,365,3650,90",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Amazon Web Services|Stripe|Satispay|PayPal|Poste Italiane|SDA|Brevo|Intercom|Firebase|Google|Agenzia delle Entrate",
     "dpo@filateliafacile.it,privacy@filateliafacile.it"),
    ("club-radioaficionados", "es",
     "identity,contact,financial,sensitive,user_content,communications,device,usage,cookies",
     "service_providers,legal,public,with_consent", "no",
     "account_lifetime,fixed_period,legal_requirement,indefinite,deletion_stated", "2190,365",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer,indefinite_retention",
     "Unión de Radioaficionados Españoles|Facebook|Agencia Estatal de Administración Tributaria|112 Andalucía|Ayuntamiento de Málaga|Unicaja|Redsys|Hostinger|Google|MailerLite",
     "protecciondatos@radioclubcostadelsol.es"),
    ("passeios-tuk-tuk", "pt",
     "identity,contact,financial,profile,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,3650,30,90,60,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "FareHarbor|Stripe|SIBS|InvoiceXpress|Cartrack|Mailchimp|Google|Autoridade Tributária e Aduaneira|Fidelidade|PSP|Meta|Facebook|Instagram",
     "privacidade@alfamatuktours.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
