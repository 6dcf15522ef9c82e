"""Gold files of probe round 32c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-kitesurf-en-ligne", "fr",
     "identity,contact,account,financial,sensitive,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,public,legal", "no",
     "legal_requirement,fixed_period,account_lifetime,deletion_stated", "3650,1095,182,365,395",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "OVHcloud|Stripe|PayPal|Oney|Colissimo|Mondial Relay|Brevo|Crisp|Google|Meta|Facebook",
     "dpo@ventdouest-glisse.fr"),
    ("pasticceria-online", "it",
     "identity,contact,account,financial,user_content,sensitive,communications,device,usage,cookies",
     "service_providers,advertisers,legal", "no",
     "legal_requirement,fixed_period,account_lifetime,deletion_stated", "3650,730,30,15",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Nexi|Satispay|PayPal|Milkman|SDA|Mailchimp|Google|Meta|Facebook|Agenzia delle Entrate",
     "privacy@dolcezzedibrera.it"),
    ("albergue-peregrinos", "es",
     "identity,contact,financial,sensitive,device,usage,cookies",
     "service_providers,legal", "no",
     "legal_requirement,fixed_period,account_lifetime,deletion_stated", "1095,2190,90,30",
     "access,rectification,erasure,objection,restriction,portability,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,international_transfer,unilateral_changes",
     "Ministerio del Interior|Guardia Civil|Booking.com|Raiola Networks|Redsys|Abanca|Correos|Gestoría Ribeira Sacra|Agencia Tributaria|Google",
     "privacidad@albergueruavella.gal"),
    ("associacao-moradores-bairro", "pt",
     "identity,contact,account,financial,sensitive,communications,feedback,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1825,3650,90",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint",
     "",
     "Instituto da Segurança Social|Junta de Freguesia de Paranhos|Câmara Municipal do Porto|Fidelidade – Companhia de Seguros, S.A.|Autoridade Tributária e Aduaneira|Amen.pt|Easypay|Caixa Geral de Depósitos|E-goi",
     "protecaodados@moradoresamial.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
