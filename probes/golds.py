"""Gold files of probe round 20c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("billetterie-spectacles", "fr",
     "identity,contact,account,financial,device,usage,profile,location,communications,feedback,cookies",
     "service_providers,legal,business_transfer,advertisers", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "2555,365,1095",
     "access,rectification,erasure,withdraw_consent,portability,opt_out_marketing,complaint,cookie_control",
     "international_transfer,third_party_tracking,targeted_advertising",
     "Moneris|Amazon Web Services|Zendesk|Twilio|Google|Facebook|TikTok",
     "confidentialite@scenelibre.ca"),
    ("torrefazione-online", "it",
     "identity,contact,account,profile,financial,feedback,device,usage,cookies",
     "service_providers,legal,advertisers,public", "no",
     "fixed_period,legal_requirement,account_lifetime,deletion_stated", "3650,730,182",
     "access,rectification,erasure,restriction,objection,portability,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "international_transfer,third_party_tracking,targeted_advertising,unilateral_changes",
     "Shopify|Nexi|PayPal|BRT|Poste Italiane|Klaviyo|Studio Commercialista Esposito & Ruggiero|Agenzia delle Entrate|Guardia di Finanza|Facebook|Google",
     "privacy@caffeaurora.it"),
    ("clinica-veterinaria", "es",
     "identity,contact,financial,user_content,communications,cookies",
     "service_providers,legal", "no",
     "fixed_period,legal_requirement,deletion_stated", "1825,3650,365",
     "access,rectification,erasure,opt_out_marketing,complaint,cookie_control",
     "international_transfer,third_party_tracking,unilateral_changes",
     "Laboratorio Diagnovet S.A.|Google|Mercado Pago|Meta|WhatsApp|Instituto de Zoonosis Luis Pasteur|Administración Federal de Ingresos Públicos",
     "datospersonales@veterinariapampa.com.ar"),
    ("clube-natacao", "pt",
     "identity,contact,sensitive,financial,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1825,3650",
     "access,rectification,erasure,restriction,objection,portability,withdraw_consent,complaint,cookie_control",
     "",
     "Federação Portuguesa de Natação|Associação de Natação do Minho|Fidelidade – Companhia de Seguros, S.A.|Câmara Municipal de Braga|Contas Certas, Lda.|Autoridade Tributária e Aduaneira|Clubee|Facebook",
     "rgpd@cnbraga.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
