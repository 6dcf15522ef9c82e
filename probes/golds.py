"""Gold files of probe round 36c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("savonnerie-en-ligne", "fr",
     "identity,contact,account,financial,profile,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "fixed_period,account_lifetime,legal_requirement,deletion_stated", "1095,3650,1825,395,760,365",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Stripe|PayPal|Colissimo|La Poste|Mondial Relay|Brevo|Trustpilot|Alpes Conseil Expertise|Google|Meta|Facebook",
     "vieprivee@savonnerie-lacbleu.fr"),
    ("tartufi-shop-online", "it",
     "identity,contact,account,financial,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "legal_requirement,account_lifetime,fixed_period,deletion_stated,as_long_as_necessary", "3650,1095,730",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer,unilateral_changes",
     "Aruba|Nexi|PayPal|Satispay|BRT|GLS|MailUp|Feedaty|Studio Commercialista Bonino|Agenzia delle Entrate|Google|Meta|Facebook",
     "privacy@tartufiroero.it"),
    ("app-intercambio-libros", "es",
     "identity,contact,account,user_content,profile,location,device,usage,communications,feedback,financial,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,deletion_stated,fixed_period,legal_requirement", "180,365,30,2190",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Google|Stripe|Correos|Mailjet|Zendesk",
     "dpd@truequelibro.es"),
    ("rancho-folclorico", "pt",
     "identity,contact,financial,sensitive,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,deletion_stated,legal_requirement,indefinite", "1825,3650,15",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,complaint",
     "international_transfer,indefinite_retention",
     "Fidelidade|Federação do Folclore Português|Câmara Municipal de Braga|Junta de Freguesia de Palmeira|Ifthenpay|Autoridade Tributária e Aduaneira|Facebook|YouTube",
     "direcao@ranchopalmeira.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
