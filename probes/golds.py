"""Gold files of probe round 35c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-cartes-a-collectionner", "fr",
     "identity,contact,account,financial,user_content,communications,feedback,device,usage,cookies,profile",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,730,395,3650",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "PrestaShop|OVHcloud|PayPlug|PayPal|Colissimo|Mondial Relay|Chronopost|Gorgias|Mailjet|Skeepers|PSA|Collectors Universe, Inc.|Google|Criteo",
     "donnees@cartes-raretes.fr"),
    ("app-deposito-bagagli", "it",
     "identity,contact,account,financial,location,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,deletion_stated,legal_requirement", "730,90,426,3650",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer,unilateral_changes,consent_by_use",
     "Apple|Google|Stripe|Intercom|AppsFlyer|Mailchimp|Allianz Partners|Agenzia delle Entrate|Meta|Facebook",
     "privacy@bagagliolibero.it"),
    ("bodega-enoturismo", "es",
     "identity,contact,account,financial,sensitive,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "fixed_period,deletion_stated,account_lifetime,legal_requirement", "365,2190,1",
     "access,rectification,erasure,objection,restriction,portability,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Raiola Networks|Turitop|Redsys|SEUR|Correos Express|Acumbamail|Asesores Riojanos Asociados, S.L.|Ibercaja Banco, S.A.|Agencia Tributaria|Google|Meta|Facebook",
     "privacidad@bodegasollauri.es"),
    ("universidade-senior", "pt",
     "identity,contact,sensitive,financial,feedback,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,deletion_stated,legal_requirement,indefinite", "730,3650",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer,indefinite_retention",
     "Ageas Seguros|Câmara Municipal de Viseu|RUTIS|Autoridade Tributária e Aduaneira|Segurança Social|Easypay|Google|Mailchimp|PTisp|Facebook",
     "dados@usviseu.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
