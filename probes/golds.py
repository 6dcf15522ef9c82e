import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("tauchschule-app", "de",
  ["identity", "contact", "account", "financial", "profile", "sensitive", "user_content", "location", "device", "usage", "communications", "feedback", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [1095, 3650, 365, 90],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Stripe", "PayPal", "PADI", "PADI EMEA Ltd.", "Wasserschutzpolizei Konstanz", "Aqua Med", "Aqua Med GmbH", "Hetzner", "Google", "Userlike", "Brevo", "Sendinblue", "Meta", "Facebook"],
  ["info@blauwasser-dive.de", "datenschutz@blauwasser-dive.de"])
# ---- nl ----
g("vis-webshop", "nl",
  ["identity", "contact", "account", "financial", "profile", "device", "usage", "communications", "feedback", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["fixed_period", "account_lifetime", "legal_requirement"], [730, 2555, 365, 395],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Mollie", "Riverty", "TransIP", "Trunkrs", "Kiyoh", "Nederlandse Voedsel- en Warenautoriteit", "NVWA", "Belastingdienst", "Klaviyo", "Google", "Meta", "Facebook", "Trengo"],
  ["privacy@zeewindvis.nl", "klantenservice@zeewindvis.nl"])
# ---- da ----
g("bryllupsfotograf", "da",
  ["identity", "contact", "financial", "profile", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "public", "with_consent", "legal"], "no",
  ["fixed_period", "deletion_stated", "legal_requirement", "account_lifetime"], [180, 365, 730, 1095, 1825],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Pixieset", "Pixieset Media Inc.", "Simply", "Dinero", "QuickPay", "Nexi", "Saal Digital Fotoservice GmbH", "MobilePay", "Revisionsfirmaet Nørrebro Aarhus ApS", "Skattestyrelsen", "Cookiebot", "Google", "Instagram", "Meta", "Facebook"],
  ["hej@lykkeoglys.dk"])
