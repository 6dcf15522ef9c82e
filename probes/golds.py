"""Gold files of probe round 53c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("appli-location-piscines-particuliers", "fr",
     "identity,contact,account,financial,location,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,365,3650,2190,90,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Stripe|Firebase|Google|Meta|Facebook|Instagram|Scaleway|Brevo|Twilio|Hiscox|Zendesk|Direction générale des Finances publiques",
     "vie-privee@bassinpartage.fr,dpo@bassinpartage.fr"),
    ("negozio-liquirizia-online", "it",
     "identity,contact,account,financial,profile,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,3650,1095,30,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Nexi|PayPal|Satispay|BRT|Bartolini|Poste Italiane|Fatture in Cloud|TeamSystem|Agenzia delle Entrate|Klaviyo|Trustpilot|Google|Meta|Facebook|Instagram|TikTok",
     "privacy@radicenera.it"),
    ("tienda-vinilos-decorativos", "es",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "as_long_as_necessary,account_lifetime,fixed_period,legal_requirement,deletion_stated", "2190,90,182",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "WooCommerce|Raiola Networks|Redsys|CaixaBank|PayPal|SEUR|Correos Express|Sendinblue|Brevo|Tawk.to|Agencia Estatal de Administración Tributaria|Google|Meta|Facebook|Instagram|Pinterest",
     "protecciondedatos@paredviva.es,dpd@paredviva.es"),
    ("clube-btt-ciclismo-montanha", "pt",
     "identity,contact,financial,sensitive,communications,feedback,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated,indefinite", "1825,3650,30",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer,indefinite_retention",
     "Federação Portuguesa de Ciclismo|Fidelidade|Stopwatch Cronometragem, Lda.|Câmara Municipal de Vila Real|Guarda Nacional Republicana|GNR|Lap2Go|Millennium BCP|Mailchimp|Intuit Inc.|Facebook|Instagram|Google",
     "privacidade@trilhosdoalvao.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
