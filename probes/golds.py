"""Gold files of probe round 43c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-materiel-escrime", "fr",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,730,395,182",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "o2switch|Stripe|Alma|Colissimo|DPD|Brevo|Gorgias|Avis Vérifiés|Google|Meta|Facebook|Fédération française d'escrime",
     "vie-privee@touche-parade.fr"),
    ("negozio-bonsai-online", "it",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,365,730,182,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Nexi|PayPal|Scalapay|BRT|GLS|Klaviyo|Tidio|Feedaty|Google|Meta|Facebook|Agenzia delle Entrate",
     "privacy@bonsaihikari.it"),
    ("app-intercambio-idiomas", "es",
     "identity,contact,account,financial,profile,communications,feedback,device,usage,location",
     "service_providers,advertisers,legal,business_transfer,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,30,365,2190",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Amazon Web Services|Agora|Firebase|Google|Amplitude|Freshdesk|Policía Nacional|Guardia Civil",
     "dpd@tandemvivo.es"),
    ("festival-curtas-metragens", "pt",
     "identity,contact,financial,profile,user_content,communications,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,indefinite,deletion_stated", "182,3650,90,365,730",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "international_transfer,indefinite_retention",
     "FilmFreeway|Amen.pt|E-goi|Gráfica Mondego|Autoridade Tributária e Aduaneira|Instituto do Cinema e Audiovisual|Câmara Municipal de Coimbra|Facebook|Instagram",
     "dados@curtasdomondego.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
