"""Gold files of probe round 52c, written before the first run (corrections after it are listed in each .expected.md): python probes/golds.py (from the worktree root)."""
import subprocess
import sys

G = [
    # (named recipients are split on "|" when a name holds a comma)
    # name, lang, collected, shared, sells, kinds, days, rights, flags, names, emails
    ("boutique-plantes-carnivores-en-ligne", "fr",
     "identity,contact,account,financial,profile,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "1095,3650,60,730,395,760",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer",
     "OVHcloud|Stripe|PayPal|Colissimo|La Poste|Chronopost|Mailjet|Trusted Shops|Google|Pinterest",
     "donnees@dionee-cie.fr"),
    ("app-lezioni-canto", "it",
     "identity,contact,financial,profile,user_content,communications,sensitive,device,usage,cookies",
     "service_providers,advertisers,legal", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "730,365,3650,426",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer,consent_by_use",
     "Zoom|Stripe|Aruba|Google|Firebase|OneSignal|Brevo|Meta|Facebook|Instagram|Agenzia delle Entrate",
     "privacy@vocalab.app,dpo@vocalab.app"),
    ("taller-restauracion-muebles", "es",
     "identity,contact,financial,user_content,communications,device,usage,cookies",
     "service_providers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "180,1825,2190,30",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,international_transfer",
     "Raiola Networks|Holded|MRW|Banco Sabadell|Acumbamail|Agencia Estatal de Administración Tributaria|Google|Instagram",
     "privacidad@lagubiataller.es"),
    ("loja-artigos-magia-ilusionismo", "pt",
     "identity,contact,account,financial,user_content,communications,feedback,device,usage,cookies",
     "service_providers,advertisers,legal,public", "no",
     "account_lifetime,fixed_period,legal_requirement,deletion_stated", "3650,1095,1460,30,365,395",
     "access,rectification,erasure,restriction,portability,objection,opt_out_marketing,withdraw_consent,complaint,cookie_control",
     "third_party_tracking,targeted_advertising,international_transfer,unilateral_changes",
     "Shopify|Easypay|PayPal|CTT Expresso|DPD Portugal|InvoiceXpress|Klaviyo|Tidio|Judge.me|Autoridade Tributária e Aduaneira|Ministério Público|Google|TikTok",
     "dados@cartolamagica.pt"),
]
for row in G:
    subprocess.run([sys.executable, "probes/mkgold.py", *row], check=True)
