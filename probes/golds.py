"""Gold files of probe round 31c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("atelier-poterie-en-ligne", "fr",
     "identity,contact,account,financial,profile,sensitive,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,public,legal", "no",
     "legal_requirement,fixed_period,account_lifetime,deletion_stated", "3650,730,30,1095,395",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "o2switch|PayPlug|PayPal|Alma|Colissimo|Chronopost|Calendly|Mailjet|Pinterest",
     "vosdonnees@terre-et-tour.fr"),
    ("negozio-subacquea-online", "it",
     "identity,contact,account,profile,financial,sensitive,communications,device,usage,cookies",
     "service_providers,advertisers,legal,business_transfer", "no",
     "legal_requirement,fixed_period,account_lifetime,deletion_stated", "3650,1095,60,365,90,730",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Aruba|Nexi|PayPal|Scalapay|BRT|GLS|MailUp|Zendesk|Google|Meta|Facebook|Agenzia delle Entrate",
     "privacy@abissistore.it"),
    ("cofradia-semana-santa", "es",
     "identity,contact,financial,sensitive,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,indefinite,deletion_stated", "1460,30",
     "access,rectification,erasure,objection,restriction,portability,withdraw_consent,opt_out_marketing,complaint",
     "indefinite_retention",
     "Unicaja|Allianz|Agencia Estatal de Administración Tributaria|Dinahosting|Mailrelay",
     "dpd@cofradiamisericordia.es,secretaria@cofradiamisericordia.es"),
    ("loja-cortica-online", "pt",
     "identity,contact,account,financial,communications,feedback,device,usage,cookies",
     "service_providers,legal,public,business_transfer", "no",
     "legal_requirement,fixed_period,account_lifetime,deletion_stated", "3650,1095,730,365,1825",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,international_transfer,unilateral_changes,consent_by_use",
     "PTisp|ifthenpay|Stripe|CTT|DPD|Moloni|Mailchimp|Google|Hotjar|Autoridade Tributária e Aduaneira",
     "dados@sobreirovivo.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
