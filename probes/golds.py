"""Gold files of probe round 27c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("forfaits-ski-en-ligne", "fr",
     "identity,contact,account,financial,usage,location,device,cookies",
     "service_providers,legal", "no",
     "account_lifetime,fixed_period,deletion_stated,legal_requirement", "90,3650",
     "access,rectification,erasure,portability,objection,opt_out_marketing,complaint,cookie_control",
     "international_transfer,third_party_tracking,unilateral_changes",
     "Datatrans SA|SKIDATA|Mailchimp|Infomaniak|police cantonale valaisanne|Google",
     "protectiondesdonnees@arpette-ski.ch"),
    ("centro-estetico", "it",
     "identity,contact,sensitive,financial,feedback,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1825,3650,730",
     "access,rectification,erasure,restriction,objection,portability,withdraw_consent,complaint",
     "third_party_tracking",
     "Treatwell|Satispay|Nexi|Studio Commerciale Rizzoli e Associati|Aruba|Agenzia delle Entrate|Google",
     "privacy@lumiere-bologna.it"),
    ("app-turnos-peluqueria", "es",
     "identity,contact,social,user_content,financial,location,device,usage,profile,feedback",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,deletion_stated,legal_requirement", "30,3650",
     "access,rectification,erasure,opt_out_marketing,complaint",
     "international_transfer,third_party_tracking,targeted_advertising,consent_by_use",
     "Mercado Pago|Amazon Web Services|OneSignal|Zendesk|Google|Meta|Administración Federal de Ingresos Públicos",
     "datospersonales@turnoya.com.ar"),
    ("piscinas-municipais", "pt",
     "identity,contact,sensitive,usage,cookies",
     "service_providers,legal,with_consent", "unstated",
     "account_lifetime,fixed_period,deletion_stated,legal_requirement", "730,30",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,complaint",
     "unilateral_changes",
     "Fidelidade – Companhia de Seguros, S.A.|Medidata.net – Sistemas de Informação para Autarquias, S.A.|Instituto da Segurança Social, I.P.",
     "epd@cm-valesorraia.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
