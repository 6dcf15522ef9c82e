import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("weihnachtsbaum-versand", "de",
  ["identity", "contact", "account", "financial", "profile", "device", "usage", "communications", "feedback", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime", "as_long_as_necessary"], [3650, 14, 30, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["PayPal", "Mollie", "Klarna", "SCHUFA", "Creditreform", "DPD", "Hellweg Logistik", "Shopify", "Google", "Pinterest", "Klaviyo", "Trusted Shops", "Finanzamt Meschede"],
  ["info@tannenpost.de", "datenschutz@tannenpost.de"])
# ---- nl ----
g("verhuisdozen-webshop", "nl",
  ["identity", "contact", "account", "financial", "profile", "device", "usage", "communications", "feedback", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "fixed_period", "account_lifetime"], [2555, 365, 395],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Hostnet B.V.", "Buckaroo B.V.", "Sendcloud", "PostNL", "DHL", "Trengo", "Exact Online", "Mailchimp", "The Rocket Science Group LLC", "Cycloon", "Kiyoh", "Google", "Hotjar", "Belastingdienst"],
  ["privacy@doosdirect.nl", "klantenservice@doosdirect.nl"])
# ---- da ----
g("kloakservice", "da",
  ["identity", "contact", "financial", "usage", "communications", "cookies"],
  ["service_providers", "legal", "public", "with_consent"], "no",
  ["as_long_as_necessary", "legal_requirement", "fixed_period", "deletion_stated"], [1825, 3650, 182],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Herning Kommune", "Ordrestyring", "e-conomic", "Visma", "GatewayAPI", "Simply", "Microsoft", "Nets", "Collectia A/S", "Skattestyrelsen", "Trustpilot", "Google"],
  ["persondata@vestjyskkloak.dk", "kontakt@vestjyskkloak.dk"])
