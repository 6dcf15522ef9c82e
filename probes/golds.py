import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("fahrradservice-app", "de",
  ["identity", "contact", "account", "location", "financial", "user_content", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal", "public"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [60, 365, 3650],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Apple", "Google", "Adyen", "PayPal", "Hetzner", "Freshdesk", "CleverReach GmbH & Co. KG", "Steuerberatungsgesellschaft Vogt & Lindner mbB", "Finanzamt Leipzig"],
  ["datenschutz@radretter.de"])
# ---- nl ----
g("kraamzorg", "nl",
  ["identity", "contact", "financial", "sensitive", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal", "with_consent"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated"], [7300, 2555, 30, 182],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "unilateral_changes", "non_exhaustive"],
  ["Perined", "Veilig Thuis", "Nedap", "Microsoft", "Qualizorg", "Google"],
  ["privacy@kraamzorgdewieg.nl"])
# ---- da ----
g("reservedele-webshop", "da",
  ["identity", "contact", "account", "financial", "user_content", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "legal_requirement", "fixed_period", "deletion_stated"], [1825, 90, 30, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["QuickPay", "MobilePay", "ViaBill", "Shopify", "GLS", "PostNord", "Dixa", "Klaviyo", "e-conomic", "Trustpilot", "Skattestyrelsen", "Google", "Meta", "Facebook"],
  ["privatliv@deldirekte.dk"])
