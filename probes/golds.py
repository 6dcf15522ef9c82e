"""Gold files of probe round 41c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-cadeaux-graves", "fr",
     "identity,contact,account,financial,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,business_transfer,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,90,3650,182,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Stripe|PayPal|Alma|Colissimo|La Poste|DPD France|Brevo|Crisp|Avis Vérifiés|Pennylane|Meta|Facebook|Pinterest|Google",
     "vieprivee@atelier-gravelle.fr"),
    ("ricambi-macchine-caffe-online", "it",
     "identity,contact,account,financial,user_content,profile,communications,device,usage,cookies",
     "service_providers,advertisers,legal", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,730,365,60",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "PrestaShop|Aruba|Nexi|PayPal|BRT|Poste Italiane|MailUp|Zendesk|Agenzia delle Entrate|Guardia di Finanza|Google|Meta|Facebook",
     "privacy@ricambiespresso.it,rpd@ricambiespresso.it"),
    ("asociacion-consumidores", "es",
     "identity,contact,account,financial,communications,user_content,sensitive,profile,device,usage,cookies",
     "service_providers,legal,with_consent,public", "no",
     "account_lifetime,fixed_period,legal_requirement", "1825,2190,365",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer",
     "Redsys|Junta Arbitral de Consumo de Aragón|Dirección General de Protección de Consumidores y Usuarios|Agencia Estatal de Administración Tributaria|Acumbamail|Google|Raiola Networks|Facebook",
     "dpd@consumoclaro.org"),
    ("app-lista-compras-partilhada", "pt",
     "identity,contact,account,financial,user_content,profile,social,location,communications,device,usage",
     "service_providers,advertisers,legal,business_transfer", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "547,182,1825,365",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Amazon Web Services|Firebase|Google|Mercado Pago|Zendesk|Amplitude",
     "encarregado@listinha.app"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
