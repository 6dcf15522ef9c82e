"""Gold files of probe round 50c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("reservation-vols-montgolfiere", "fr",
     "identity,contact,account,financial,user_content,feedback,communications,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,547,3650,7,730,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer",
     "OVHcloud|Stripe|PayPal|Brevo|Zendesk|Google|Mutuelle de l'Aviation Générale|Bureau d'enquêtes et d'analyses|Direction générale de l'aviation civile",
     "donneespersonnelles@cieldanjou-montgolfieres.fr"),
    ("negozio-ceramiche-vietri-online", "it",
     "identity,contact,account,financial,profile,user_content,feedback,communications,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "60,365,3650,730,30,90",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Aruba|Axerve|Banca Sella|PayPal|Satispay|GLS|SDA Express Courier|DHL|Klaviyo|Tidio|Feedaty|Zoorate S.r.l.|Meta|Facebook|Instagram|Agenzia delle Entrate|Guardia di Finanza",
     "privacy@marinadalbori-ceramiche.it"),
    ("app-reparto-agua-garrafas", "es",
     "identity,contact,account,financial,location,feedback,communications,device,usage",
     "service_providers,legal", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1825,2190,90,365",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "third_party_tracking,international_transfer",
     "Amazon Web Services|Redsys|Banco Sabadell|Google|Firebase|Twilio|Zendesk|Holded|Acumbamail|Agencia Estatal de Administración Tributaria",
     "dpd@garrafafresca.es"),
    ("passeios-observacao-golfinhos", "pt",
     "identity,contact,financial,profile,communications,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,365,3650,30,425",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer",
     "Amen.pt|Dominios.pt, S.A.|FareHarbor|Easypay|InvoiceXpress|E-goi|Google|Fidelidade – Companhia de Seguros, S.A.|Capitania do Porto de Setúbal|Polícia Marítima|Autoridade Tributária e Aduaneira",
     "privacidade@sadoazul.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
