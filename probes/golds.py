import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("buchankauf-webshop", "de",
  ["identity", "contact", "account", "financial", "user_content", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "fixed_period", "deletion_stated", "legal_requirement"], [7, 90, 730, 3650],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["IONOS", "DHL", "Hermes", "PayPal", "Freshdesk", "Freshworks", "CleverReach GmbH & Co. KG", "Trusted Shops", "Google", "Sparkasse Hannover", "Polizeidirektion Hannover", "Finanzamt Hannover-Nord"],
  ["service@buchwende.de", "datenschutz@buchwende.de"])
# ---- nl ----
g("instrumentenverhuur-webshop", "nl",
  ["identity", "contact", "account", "financial", "profile", "device", "usage", "communications", "cookies"],
  ["service_providers", "legal", "business_transfer"], "no",
  ["as_long_as_necessary", "account_lifetime", "fixed_period", "deletion_stated", "legal_requirement"], [182, 365, 2555],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Focum Nederland B.V.", "Mollie", "PostNL", "TransIP B.V.", "Freshdesk", "Freshworks", "Laposta", "Moneybird", "Intrum", "Belastingdienst", "Google"],
  ["privacy@klankhuis-huur.nl"])
# ---- da ----
g("besoegsvenneforening", "da",
  ["identity", "contact", "sensitive", "financial", "profile", "cookies"],
  ["service_providers", "legal", "with_consent"], "no",
  ["account_lifetime", "fixed_period", "deletion_stated", "legal_requirement"], [365, 1825],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing"],
  [],
  ["ForeningLet", "One.com", "MobilePay", "Aarhus Kommune", "Skattestyrelsen"],
  ["privatliv@besoegsvenner-aarhusvest.dk"])
