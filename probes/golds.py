"""Gold files of probe round 29c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("fromagerie-en-ligne", "fr",
     "identity,contact,account,financial,communications,feedback,device,usage,cookies",
     "service_providers,legal,public,with_consent", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,3650,14",
     "access,rectification,erasure,objection,portability,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,international_transfer",
     "Infomaniak|Shopify|Datatrans SA|PostFinance SA|La Poste Suisse|DPD|Mailchimp|Google|Administration fédérale des contributions|Office fédéral de la douane et de la sécurité des frontières",
     "protection@hautjorat.ch"),
    ("camiceria-su-misura", "it",
     "identity,contact,account,profile,financial,device,usage,communications,user_content,cookies",
     "service_providers,advertisers,legal", "no",
     "fixed_period,legal_requirement,account_lifetime,deletion_stated", "3650,730,30,395,365",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Aruba|WooCommerce|Nexi|PayPal|Satispay|Poste Italiane|DHL|Mailchimp|Zendesk|Studio Esposito & Ruggiero|Agenzia delle Entrate|Google|Facebook|Meta",
     "privacy@camiceriavomero.it,camiceriavomero@pec.it"),
    ("comunidad-regantes", "es",
     "identity,contact,account,financial,location,device,communications,user_content,cookies",
     "legal,service_providers,public", "no",
     "account_lifetime,legal_requirement,fixed_period,deletion_stated,indefinite", "2190,1460,1825,90",
     "access,rectification,erasure,objection,restriction,portability,withdraw_consent,complaint",
     "indefinite_retention",
     "Confederación Hidrográfica del Júcar|Agencia Estatal de Administración Tributaria|Ayuntamiento de Alzira|CaixaBank, S.A.|Aplicaciones Hídricas del Mediterráneo, S.L.|Acens Technologies, S.L.|Altiria TIC, S.L.",
     "dpd@acequiamayoralzira.es"),
    ("loja-artigos-pesca", "pt",
     "identity,contact,financial,account,profile,device,usage,user_content,location,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1825,182,30",
     "access,rectification,erasure,restriction,portability,withdraw_consent,objection,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer,data_combination,unilateral_changes,consent_by_use",
     "Google|Apple|Nuvemshop|Mercado Pago|Pagar.me|ClearSale|Correios|Jadlog|RD Station|Zenvia|Amazon Web Services|Secretaria de Estado de Fazenda de Mato Grosso do Sul|Polícia Civil|Facebook|Meta",
     "dpo@pescaforte.com.br"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
