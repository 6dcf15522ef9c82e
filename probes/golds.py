import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("lastenrad-app", "de",
  ["identity", "contact", "account", "profile", "location", "device", "usage", "financial", "user_content", "communications", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["account_lifetime", "fixed_period", "deletion_stated", "legal_requirement"], [90, 3650, 1095, 30],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "data_combination"],
  ["Apple", "Google", "Stripe", "PayPal", "Hetzner", "Mapbox", "Zendesk", "Brevo", "Sentry", "Lindner & Roth", "DATEV",
   "Stadt Leipzig", "Polizei Sachsen", "Allianz", "Meta", "Facebook", "Instagram"],
  ["datenschutz@lastrad-leipzig.de"])
# ---- nl ----
g("vloerkleden-webshop", "nl",
  ["identity", "contact", "financial", "account", "user_content", "communications", "device", "usage", "feedback", "cookies"],
  ["service_providers", "advertisers", "legal", "business_transfer", "public"], "no",
  ["fixed_period", "legal_requirement", "account_lifetime", "deletion_stated"], [2555, 730, 180, 30],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "data_combination", "international_transfer"],
  ["Adyen", "Riverty", "DHL", "Dynalogic", "Shopware", "TransIP", "Mailchimp", "Trustpilot", "Moneybird",
   "Van Dongen & Partners Accountants", "Belastingdienst", "Google", "Meta", "Facebook", "Instagram", "Pinterest"],
  ["privacy@kleedkamer.nl"])
# ---- da ----
g("vinduespudsning", "da",
  ["identity", "contact", "financial", "communications", "device", "usage", "cookies"],
  ["service_providers", "legal"], "no",
  ["fixed_period", "legal_requirement", "account_lifetime", "deletion_stated"], [1825, 1095, 180],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Planday", "e-conomic", "MobilePay", "Nets", "Simply", "Heyloyalty", "Twilio", "Lowell Danmark A/S", "Skattestyrelsen", "Tryg", "Google"],
  ["persondata@klarsigt-aarhus.dk"])
