import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("haustier-gps-tracker", "de",
  ["identity", "contact", "account", "financial", "user_content", "location", "device", "usage", "communications", "feedback", "cookies"],
  ["service_providers", "advertisers", "legal", "business_transfer", "public"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [365, 30, 730, 7, 3650],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "hardware_identifiers"],
  ["Amazon Web Services", "1NCE GmbH", "Mapbox", "Stripe", "PayPal", "DHL", "Zendesk", "Sentry", "Klaviyo",
   "Steuerberatungsgesellschaft Petersen & Voss mbB", "Google", "Apple", "Meta", "Facebook", "Instagram"],
  ["datenschutz@pfotenpilot.de"])
g("schluesseldienst-app", "de",
  ["identity", "contact", "account", "user_content", "location", "device", "usage", "financial", "communications", "feedback", "cookies"],
  ["service_providers", "legal"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [14, 90, 182, 2555],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint"],
  ["international_transfer"],
  ["SumUp", "PayPal", "Klarna", "Hetzner", "Twilio", "Google", "LeitnerTreuhand Steuerberatungs GmbH",
   "Finanzamt Österreich", "Landespolizeidirektion Wien"],
  ["privatsphaere@sperrfix.at"])
# ---- nl ----
g("roeivereniging", "nl",
  ["identity", "contact", "financial", "sensitive", "usage", "communications", "cookies"],
  ["service_providers", "legal", "public"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement", "indefinite"], [730, 2555, 365, 91],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint"],
  ["indefinite_retention", "third_party_tracking"],
  ["KNRB", "e-Captain", "Rabobank", "Mollie", "LaPosta", "TransIP", "Justis", "Google", "Instagram"],
  ["privacy@spaarneriemen.nl"])
# ---- da ----
g("akvarie-webshop", "da",
  ["identity", "contact", "financial", "account", "profile", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "unstated",
  ["as_long_as_necessary", "fixed_period", "legal_requirement", "account_lifetime", "deletion_stated"], [1825, 30, 1095, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "data_combination", "unilateral_changes"],
  ["QuickPay", "MobilePay", "ViaBill", "Heyloyalty", "Trustpilot", "Google", "Meta", "Facebook", "Instagram", "Cookiebot",
   "Shoporama", "e-conomic", "GLS", "DAO", "Revisionsfirmaet Holm & Ravn Statsautoriserede Revisorer I/S",
   "Skattestyrelsen", "Midt- og Vestsjællands Politi"],
  ["persondata@akvariehuset.dk"])
