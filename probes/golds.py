import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("parfuemerie-webshop", "de",
  ["identity", "contact", "account", "financial", "communications", "feedback", "profile", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [30, 1095, 3650, 395, 91, 365],
  ["access", "rectification", "erasure", "objection", "withdraw_consent", "portability", "opt_out_marketing", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Shopware", "Hetzner", "Datatrans AG", "Swissbilling SA", "Schweizerische Post AG", "Planzer Paket", "Mailchimp", "Zendesk",
   "Eidgenössische Steuerverwaltung", "Google", "Facebook", "Instagram", "Pinterest"],
  ["datenschutz@duftwerk.ch"])
g("kfz-gutachter", "de",
  ["identity", "contact", "financial", "sensitive", "device", "usage"],
  ["service_providers", "legal", "with_consent"], "unstated",
  ["fixed_period", "legal_requirement", "deletion_stated"], [2555, 182, 14],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "complaint"],
  [],
  ["Generali Versicherung AG", "UNIQA", "Allianz", "AUTOonline", "DAT Austria GmbH", "Leitner & Partner KG", "Finanzamt Österreich",
   "A1 Telekom Austria AG", "Microsoft"],
  ["office@gutachten-hofer.at"])
# ---- nl ----
g("puzzelwebshop", "nl",
  ["identity", "contact", "account", "profile", "usage", "user_content", "device", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [2555, 730, 60],
  ["access", "rectification", "erasure", "objection", "opt_out_marketing", "restriction", "portability", "withdraw_consent", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["bpost", "DHL", "Mollie", "Shopify", "Klaviyo", "Fiscaal Advies Verstraete BV", "FOD Financiën", "Google", "Meta", "TikTok"],
  ["privacy@puzzelpaleis.be"])
# ---- da ----
g("ungdomsskole", "da",
  ["identity", "contact", "sensitive", "cookies"],
  ["service_providers", "legal", "public", "with_consent"], "no",
  ["deletion_stated", "legal_requirement"], [730],
  ["access", "rectification", "erasure", "restriction", "objection", "withdraw_consent", "complaint", "cookie_control"],
  [],
  ["Færdselsstyrelsen", "Ungdomsskolernes Udviklingscenter", "Comwell Telecom", "Facebook", "Instagram", "Siteimprove", "Vejle Stadsarkiv"],
  ["ungdomsskolen@vejle.dk", "dpo@vejle.dk"])
