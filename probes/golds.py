"""Gold files of probe round 26c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("epicerie-en-ligne", "fr",
     "identity,contact,account,financial,location,device,usage,communications,profile,cookies",
     "service_providers,legal,business_transfer,advertisers", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,2190,90,395",
     "access,rectification,portability,withdraw_consent,complaint,opt_out_marketing,cookie_control",
     "international_transfer,third_party_tracking,targeted_advertising",
     "Moneris|Livraisons Express Rive-Nord inc.|Shopify|Twilio|Zendesk|Revenu Québec|Google|Meta",
     "vieprivee@panierdumarche.ca"),
    ("app-consegna-cibo", "it",
     "identity,contact,account,location,financial,device,usage,feedback,communications,sensitive",
     "service_providers,legal,advertisers", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,730,365",
     "access,rectification,erasure,restriction,portability,objection,withdraw_consent,complaint,opt_out_marketing",
     "international_transfer,third_party_tracking,targeted_advertising,unilateral_changes",
     "Amazon Web Services|Adyen|Braze|Zendesk|Google|AppsFlyer|Agenzia delle Entrate",
     "dpo@piattoveloce.it,privacy@piattoveloce.it"),
    ("clinica-oftalmologica", "es",
     "identity,contact,financial,sensitive,feedback,cookies",
     "service_providers,legal", "no",
     "fixed_period,legal_requirement,deletion_stated,account_lifetime", "1825,15",
     "access,rectification,erasure,objection,withdraw_consent,complaint,opt_out_marketing,cookie_control",
     "international_transfer,third_party_tracking,unilateral_changes",
     "GNP Seguros|AXA Seguros, S.A. de C.V.|Laboratorio Óptico Jalisco, S.A. de C.V.|Secretaría de Salud|Servicio de Administración Tributaria|Google",
     "privacidad@visionclara.mx"),
    ("escritorio-contabilidade", "pt",
     "identity,contact,financial,sensitive,account,device,user_content,cookies",
     "legal,service_providers,with_consent", "no",
     "fixed_period,legal_requirement,deletion_stated", "1825,10950,182",
     "access,rectification,erasure,restriction,portability,withdraw_consent,complaint,opt_out_marketing,cookie_control",
     "international_transfer,third_party_tracking,unilateral_changes",
     "Receita Federal do Brasil|Secretaria da Fazenda do Estado do Rio Grande do Sul|Caixa Econômica Federal|INSS|Domínio Sistemas|Microsoft|Certisign Certificadora Digital S.A.|Google",
     "lgpd@souzaferreira.com.br"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
