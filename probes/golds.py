import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("saatgut-webshop", "de",
  ["identity", "contact", "financial", "account", "profile", "user_content", "feedback", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["as_long_as_necessary", "fixed_period", "legal_requirement", "account_lifetime", "deletion_stated"], [30, 3650, 1095, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "data_combination"],
  ["Datatrans AG", "CRIF AG", "Schweizerische Post AG", "Planzer Transport AG", "Infomaniak", "Brevo", "Bexio", "Treuhand Sutter & Keller AG",
   "Eidgenössischer Pflanzenschutzdienst", "Google", "Meta", "Facebook", "Instagram"],
  ["datenschutz@saemerei-rheinau.ch"])
# ---- nl ----
g("kaas-webshop", "nl",
  ["identity", "contact", "financial", "account", "profile", "communications", "feedback", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "business_transfer", "public"], "no",
  ["fixed_period", "legal_requirement", "account_lifetime", "deletion_stated", "as_long_as_necessary"], [2555, 1460, 365, 28],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Mollie", "Klarna", "PostNL", "Trunkrs", "Lightspeed", "Exact Online", "Klaviyo", "Trengo", "Kiyoh",
   "Boekhoudbureau Van Leeuwen & Mol", "Belastingdienst", "NVWA", "Google", "Meta", "Facebook", "Instagram"],
  ["privacy@degouwehoeve.nl"])
g("schaakclub", "nl",
  ["identity", "contact", "financial", "sensitive", "usage", "device", "cookies"],
  ["service_providers", "legal", "public"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated", "indefinite"], [730, 2555],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint"],
  ["indefinite_retention"],
  ["KBSB", "VSF", "FIDE", "Ethias", "Stad Leuven", "Twizzit", "Combell", "Chess-Results", "Mailchimp", "Facebook"],
  ["privacy@sklleuven.be"])
# ---- da ----
g("braende-webshop", "da",
  ["identity", "contact", "financial", "account", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "business_transfer"], "no",
  ["fixed_period", "legal_requirement", "account_lifetime", "deletion_stated"], [1825, 365, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "data_combination", "hardware_identifiers", "consent_by_use", "unilateral_changes"],
  ["Nexi", "Danske Fragtmænd", "Shopify", "Klaviyo", "Dinero", "GatewayAPI", "Mapbox", "Telenor",
   "Revisionsfirmaet Lund & Bech", "Skattestyrelsen", "Collectia A/S", "Google", "Meta", "Facebook", "Instagram"],
  ["kundeservice@braendekompagniet.dk"])
