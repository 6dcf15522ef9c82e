import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("haushaltsaufloesung", "de",
  ["identity", "contact", "financial", "communications", "user_content", "device", "usage", "cookies"],
  ["service_providers", "legal"], "no",
  ["deletion_stated", "legal_requirement", "fixed_period", "account_lifetime", "as_long_as_necessary"], [180, 30, 3650, 14],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["international_transfer", "unilateral_changes"],
  ["IONOS", "Calendly", "sevDesk", "CleverReach", "SumUp", "PayPal", "Bremer Stadtreinigung", "Hollmann & Partner mbB",
   "Creditreform", "Polizei Bremen", "Google"],
  ["datenschutz@raeumwerk-bremen.de"])
# ---- nl ----
g("kerstbomen-webshop", "nl",
  ["identity", "contact", "financial", "account", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["legal_requirement", "fixed_period", "account_lifetime", "deletion_stated"], [2555, 365, 28],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "data_combination", "international_transfer", "unilateral_changes", "consent_by_use"],
  ["Lightspeed", "Mollie", "PostNL", "Klaviyo", "Trengo", "Exact Online", "Kiyoh", "Belastingdienst",
   "Google", "Meta", "Facebook", "Instagram"],
  ["privacy@dennenhof-kerstbomen.nl"])
# ---- da ----
g("loppemarked-app", "da",
  ["identity", "contact", "account", "profile", "user_content", "communications", "financial", "location", "device", "usage", "cookies"],
  ["service_providers", "legal", "public"], "no",
  ["account_lifetime", "deletion_stated", "legal_requirement", "fixed_period"], [730, 365, 1825, 90],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint"],
  ["third_party_tracking", "international_transfer"],
  ["Apple", "Google", "Microsoft", "Quickpay", "MobilePay", "Mailchimp", "Dinero", "Freshdesk",
   "Fyns Politi", "Skattestyrelsen"],
  ["privacy@loppeklar.dk"])
