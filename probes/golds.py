"""Gold files of probe round 49c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("appli-reservation-salles-repetition", "fr",
     "identity,contact,account,financial,profile,location,user_content,feedback,communications,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,3650,30,365,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer",
     "Scaleway|Stripe|Twilio|Crisp|Brevo|Mixpanel",
     "dpo@repetbox.fr"),
    ("negozio-articoli-presepe-online", "it",
     "identity,contact,account,financial,profile,user_content,feedback,communications,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "3650,60,1095,365,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Nexi|PayPal|Scalapay|BRT|Poste Italiane|MailUp|Trustpilot|Google|Meta|Facebook|Instagram|Agenzia delle Entrate",
     "privacy@bottegadelpresepe.it"),
    ("tienda-uniformes-sanitarios", "es",
     "identity,contact,account,financial,profile,user_content,feedback,communications,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "2190,90,182,730",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer",
     "Raiola Networks|Redsys|CaixaBank|PayPal|SEUR|Correos Express|Bordados Macarena|Klaviyo|Hotjar|Google|Agencia Estatal de Administración Tributaria",
     "protecciondedatos@uniformesclinicosdelsur.es"),
    ("loja-tecidos-online", "pt",
     "identity,contact,account,financial,profile,communications,device,usage,cookies",
     "service_providers,advertisers,legal", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "3650,730,182,365,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "PTisp|Ifthenpay|Stripe|CTT Expresso|DPD Portugal|Moloni|Mailchimp|Google|Facebook|Meta|Instagram|Autoridade Tributária e Aduaneira",
     "privacidade@retalhosdonorte.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
