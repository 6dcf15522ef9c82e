import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("skateboard-webshop", "de",
  ["identity", "contact", "account", "financial", "communications", "user_content", "profile", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "account_lifetime", "fixed_period", "deletion_stated"], [3650, 1095, 60, 14, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["PayPal", "Stripe", "Klarna", "Hamburger Sparkasse", "DHL", "GLS", "Freshdesk", "Trustpilot", "Klaviyo", "Usercentrics", "Google", "Meta", "Facebook", "TikTok", "Shopify", "Jensen & Partner", "Finanzamt Hamburg-Altona"],
  ["datenschutz@rollbrett-kontor.de", "hallo@rollbrett-kontor.de"])
# ---- nl ----
g("uitvaartverzekering", "nl",
  ["identity", "contact", "financial", "sensitive", "account", "user_content", "communications", "usage", "cookies"],
  ["service_providers", "legal"], "no",
  ["account_lifetime", "legal_requirement", "fixed_period", "deletion_stated"], [2555, 182, 90],
  ["access", "rectification", "erasure", "restriction", "portability", "opt_out_marketing", "withdraw_consent", "complaint"],
  ["international_transfer"],
  ["Microsoft", "Topdesk", "Twinfield", "Docusign", "Munich Re", "Stichting CIS", "Belastingdienst"],
  ["fg@lindeboom-uitvaart.nl", "klantenservice@lindeboom-uitvaart.nl"])
# ---- da ----
g("bilabonnement-app", "da",
  ["identity", "contact", "account", "financial", "location", "device", "usage", "communications", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["account_lifetime", "fixed_period", "deletion_stated", "legal_requirement", "as_long_as_necessary"], [365, 1825, 30, 90, 1095],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Experian", "Stripe", "Amazon Web Services", "Intercom", "Geotab", "e-conomic", "Tryg", "Politiet", "Færdselsstyrelsen", "Skattestyrelsen", "Apcoa", "EasyPark", "Google", "Firebase", "LinkedIn", "Meta", "Facebook"],
  ["privatliv@koerbar.dk"])
