"""Gold files of probe round 46c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-parapluies-en-ligne", "fr",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public,business_transfer", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,90,730,395,182",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "WooCommerce|OVHcloud|Stripe|PayPal|Payplug|Colissimo|La Poste|DPD France|Brevo|Sendinblue|Avis Vérifiés|Net Reviews|Pennylane|Google|Meta|Facebook|Instagram",
     "donnees@parapluies-jordanne.fr"),
    ("app-consulente-armocromia", "it",
     "identity,contact,account,financial,profile,user_content,communications,device,usage",
     "service_providers,legal", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "30,730,3650,425",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Amazon Web Services|Google|Firebase|Mixpanel|Stripe|Whereby|Fatture in Cloud|TeamSystem|MailerLite|Zendesk|Agenzia delle Entrate",
     "privacy@tintagiusta.it"),
    ("sociedad-gastronomica", "es",
     "identity,contact,financial,sensitive,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "2190,90,365",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,complaint",
     "international_transfer",
     "Kutxabank|Gestoría Arregi|Reservio|Salto Systems|Google|Instagram|Meta|Facebook|Hacienda Foral de Gipuzkoa|Ertzaintza",
     "datuak@zaporeona.eus"),
    ("banda-filarmonica", "pt",
     "identity,contact,financial,profile,sensitive,communications,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated,indefinite", "730,1825,3650,182",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "international_transfer,indefinite_retention,unilateral_changes",
     "Fidelidade|easypay|Caixa Geral de Depósitos|Mailchimp|Intuit|Microsoft|Direção-Geral das Artes|Câmara Municipal de Guimarães|Autoridade Tributária e Aduaneira|Facebook|YouTube",
     "privacidade@filarmonicarecreio.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
