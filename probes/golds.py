import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("pc-konfigurator-webshop", "de",
  ["identity", "contact", "account", "financial", "profile", "device", "usage", "communications", "feedback", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "legal_requirement", "fixed_period", "deletion_stated"], [3650, 730, 14, 365],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["IONOS", "Unzer GmbH", "PayPal", "Klarna", "DHL", "DPD Deutschland GmbH", "Zendesk", "CleverReach GmbH & Co. KG", "Trusted Shops", "Finanzamt Leipzig II", "Google"],
  ["datenschutz@rechnerwerk.de", "service@rechnerwerk.de"])
# ---- nl ----
g("refurbished-laptops", "nl",
  ["identity", "contact", "account", "financial", "profile", "device", "usage", "communications", "feedback", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "fixed_period", "account_lifetime", "deletion_stated"], [2555, 730, 180],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Shopify", "Mollie", "Sendcloud", "PostNL", "Freshdesk", "Laposta", "Trustpilot", "Belastingdienst", "Hotjar", "TikTok"],
  ["privacy@refurblab.nl", "support@refurblab.nl"])
# ---- da ----
g("vinterbadeforening", "da",
  ["identity", "contact", "account", "financial", "sensitive", "usage", "communications", "cookies"],
  ["service_providers", "legal", "public", "with_consent"], "unstated",
  ["fixed_period", "legal_requirement", "deletion_stated", "account_lifetime"], [730, 1825, 30],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint"],
  ["international_transfer", "non_exhaustive"],
  ["ForeningLet", "MobilePay", "Salto Systems", "Simply", "Svendborg Kommune", "Meta", "Facebook"],
  ["bestyrelsen@havoernen-vinterbad.dk"])
