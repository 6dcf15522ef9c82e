"""Gold files of probe round 45c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("chapellerie-en-ligne", "fr",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,60,730,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Stripe|PayPal|Alma|La Poste|Colissimo|Chronopost|Mailjet|Gorgias|Avis Vérifiés|Google|Meta|Facebook|Pinterest",
     "vieprivee@chapellerie-montauriol.fr"),
    ("app-audioguide-citta", "it",
     "identity,contact,account,financial,profile,location,user_content,communications,feedback,device,usage",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "3650,790,90,730,1095",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Google|Firebase|Mapbox|Amplitude|Brevo|Freshdesk|Freshworks",
     "privacy@passiapp.it,rpd@passiapp.it"),
    ("tienda-abanicos-online", "es",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "2190,90,365,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "PrestaShop|Dinahosting|Redsys|Banco Sabadell|PayPal|SEUR|Correos Express|Acumbamail|Holded|Trustpilot|Google|Meta|Facebook|TikTok|Agencia Estatal de Administración Tributaria",
     "privacidad@abanicoslagiraldilla.es"),
    ("associacao-surdos", "pt",
     "identity,contact,financial,profile,sensitive,communications,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1825,730,3650,90",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "international_transfer",
     "Google|Zoom|ifthenpay|E-goi|PHC|Instituto da Segurança Social|Autoridade Tributária e Aduaneira|Instituto do Emprego e Formação Profissional|Facebook",
     "protecaodados@surdosmondego.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
