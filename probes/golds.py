import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("pilzzucht-shop", "de",
  ["identity", "contact", "account", "financial", "user_content", "communications", "profile", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["as_long_as_necessary", "legal_requirement", "fixed_period", "account_lifetime", "deletion_stated"], [3650, 2190, 91, 90, 14],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["IONOS", "PayPal", "Unzer GmbH", "DHL", "Hermes", "CleverReach GmbH & Co. KG", "Userlike", "Trusted Shops", "DATEV", "Finanzamt Bamberg", "Usercentrics", "Google"],
  ["datenschutz@myzelwerk.de", "service@myzelwerk.de"])
# ---- nl ----
g("bloembollen-webshop", "nl",
  ["identity", "contact", "account", "financial", "profile", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "fixed_period", "account_lifetime"], [2555, 365, 30],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["TransIP", "Mollie", "Riverty", "PostNL", "DHL", "Spotler", "Trengo", "Kiyoh", "Exact Online", "Belastingdienst", "Google", "Meta", "Facebook"],
  ["privacy@bollenhofonline.nl"])
# ---- da ----
g("chokolade-webshop", "da",
  ["identity", "contact", "account", "financial", "profile", "sensitive", "communications", "feedback", "usage", "cookies"],
  ["service_providers", "legal", "public", "with_consent"], "no",
  ["legal_requirement", "fixed_period", "account_lifetime", "deletion_stated", "as_long_as_necessary"], [1825, 365],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Nexi", "Nets", "Shopify", "GLS", "PostNord", "Heyloyalty", "Gorgias", "e-conomic", "Trustpilot", "Skattestyrelsen", "Cookiebot", "Google"],
  ["privatliv@kakaohuset.dk"])
