"""Gold files of probe round 38c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-laine-tricot", "fr",
     "identity,contact,account,financial,profile,user_content,feedback,communications,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated,as_long_as_necessary", "395,1095,3650,730",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Stripe|PayPal|Alma|Colissimo|La Poste|Mondial Relay|Brevo|Crisp|Audit Conseil Armor|Google|Meta|Facebook",
     "donnees@lapelotevoyageuse.fr"),
    ("erboristeria-online", "it",
     "identity,contact,account,financial,sensitive,device,usage,cookies,feedback,communications",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "3650,1095,365,730",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "WooCommerce|Aruba|Nexi|PayPal|Satispay|BRT|Poste Italiane|Mailchimp|The Rocket Science Group LLC|Studio Commercialista Bianchi|Agenzia delle Entrate|Guardia di Finanza|Google|Meta|Facebook",
     "privacy@erbedicollina.it"),
    ("app-huella-carbono", "es",
     "identity,contact,account,location,user_content,financial,device,usage,communications",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,deletion_stated,legal_requirement", "730,365,30,1095,2190",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint",
     "international_transfer",
     "Google|Firebase|Mapbox|Mindee|Brevo|Zendesk",
     "dpd@huellacero.app"),
    ("fundacao-bolsas-estudo", "pt",
     "identity,contact,financial,sensitive,device,cookies",
     "service_providers,legal,public", "no",
     "fixed_period,deletion_stated,legal_requirement,account_lifetime", "365,1825,3650,180,90",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,complaint",
     "international_transfer",
     "Caixa Geral de Depósitos|PHC Software|Microsoft|Autoridade Tributária e Aduaneira|Segurança Social|Facebook",
     "protecaodados@fundacaoameliapinto.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
