import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("gartenmoebel-webshop", "de",
  ["identity", "contact", "account", "financial", "profile", "user_content", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "account_lifetime", "deletion_stated", "fixed_period"], [3650, 2190, 1095, 730, 90, 14, 395],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Shopware", "Shopware AG", "Adyen", "PayPal", "Klarna", "SCHUFA", "Zendesk", "Brevo", "Sendinblue", "Trusted Shops", "Google", "Pinterest", "Meta", "Facebook", "DPD Deutschland GmbH", "Rhenus Home Delivery", "Hug & Partner mbB", "Creditreform Freiburg Riegger KG"],
  ["datenschutz@terrassenwerk.de"])
# ---- nl ----
g("sokken-abonnement", "nl",
  ["identity", "contact", "account", "financial", "profile", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["account_lifetime", "legal_requirement", "deletion_stated", "fixed_period"], [30, 2555, 547, 28],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Shopify", "Mollie", "PostNL", "Sendcloud", "Klaviyo", "Trengo", "Exact Online", "Van Dijk & Bosman Accountants", "Belastingdienst", "Google", "TikTok", "Meta", "Facebook"],
  ["privacy@sokkenpost.nl", "klantenservice@sokkenpost.nl"])
# ---- da ----
g("parkeringskontrol", "da",
  ["identity", "contact", "account", "financial", "location", "communications", "device", "usage"],
  ["service_providers", "legal"], "no",
  ["deletion_stated", "legal_requirement", "account_lifetime", "fixed_period"], [2, 1095, 1825, 730, 365],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint"],
  ["third_party_tracking", "international_transfer", "rights_limited"],
  ["Motorstyrelsen", "Intrum", "Parkeringsklagenævnet", "Microsoft", "Nets", "Nexi", "MobilePay", "GatewayAPI", "Zendesk", "Google", "Firebase", "e-conomic"],
  ["databeskyttelse@nordpark.dk"])
