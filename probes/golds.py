"""Gold files of probe round 34c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("location-outillage-en-ligne", "fr",
     "identity,contact,account,financial,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,legal_requirement,fixed_period,deletion_stated", "1095,3650,182,30,395",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "Shopify|Stripe|Alma|Ubble|DPD France|Transports Guérin|Brevo|Aircall|Hiscox|Google|Meta|Facebook",
     "vieprivee@loutil.fr"),
    ("app-idraulico-pronto-intervento", "it",
     "identity,contact,account,financial,location,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,3650,426",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer,consent_by_use",
     "Apple|Google|Stripe|Satispay|Twilio|Zendesk|Mixpanel|Amazon Web Services|Brevo|Agenzia delle Entrate|UnipolSai|Meta|Facebook",
     "dpo@riparaora.it"),
    ("clinica-podologia", "es",
     "identity,contact,sensitive,financial,communications,feedback,device,usage,cookies",
     "service_providers,legal,with_consent", "no",
     "legal_requirement,fixed_period,account_lifetime", "1825,2190,365,30",
     "access,rectification,erasure,objection,restriction,portability,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "third_party_tracking,international_transfer,unilateral_changes",
     "Sanitas|Adeslas|DKV|Ortoplant Andalucía, S.L.|Servicio Andaluz de Salud|Agencia Tributaria|Doctoralia|Clinic Cloud|Redsys|CaixaBank|Mailchimp|Google",
     "protecciondedatos@pasofirme.es"),
    ("sindicato-professores", "pt",
     "identity,contact,account,financial,sensitive,communications,feedback,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated,indefinite", "1825,3650,365",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,opt_out_marketing,complaint,cookie_control",
     "international_transfer,indefinite_retention,unilateral_changes",
     "Federação Nacional dos Sindicatos Independentes da Educação|Direção-Geral da Administração Escolar|Conselho Científico-Pedagógico da Formação Contínua|Fidelidade|Autoridade Tributária e Aduaneira|Caixa Geral de Depósitos|Ifthenpay|E-goi|Zoom|Amen.pt",
     "protecao.dados@sipm.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
