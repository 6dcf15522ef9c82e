import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("kinderwagen-webshop", "de",
  ["identity", "contact", "account", "financial", "profile", "user_content", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "account_lifetime", "deletion_stated", "fixed_period"], [3650, 2190, 1095, 14],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Stripe", "PayPal", "Ratepay", "SCHUFA", "Boniversum", "DHL", "Deutsche Post", "Hermes", "CleverReach", "Freshdesk", "Freshworks", "Trustpilot", "Hetzner", "Google", "Criteo", "Meta", "Facebook", "Kanzlei Hartmann & Seidel Steuerberater PartG mbB", "Finanzamt Leipzig I"],
  ["datenschutz@wiegenwerk.de", "dsb@wiegenwerk.de"])
# ---- nl ----
g("klusjes-app", "nl",
  ["identity", "contact", "account", "financial", "location", "user_content", "feedback", "communications", "profile", "sensitive", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public", "business_transfer"], "no",
  ["account_lifetime", "deletion_stated", "legal_requirement", "fixed_period"], [30, 730, 365, 2555],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Onfido", "Adyen", "Amazon Web Services", "Intercom", "Mixpanel", "Google", "Firebase", "Spotler", "Meta", "Facebook", "Belastingdienst"],
  ["privacy@klusmaatje.nl", "support@klusmaatje.nl"])
# ---- da ----
g("menighedsraad", "da",
  ["identity", "contact", "financial", "sensitive", "communications", "usage", "cookies"],
  ["service_providers", "legal", "public", "with_consent"], "no",
  ["indefinite", "legal_requirement", "fixed_period", "account_lifetime", "deletion_stated", "as_long_as_necessary"], [365, 3650, 1825],
  ["access", "rectification", "erasure", "restriction", "objection", "withdraw_consent", "complaint", "cookie_control"],
  ["indefinite_retention", "international_transfer"],
  ["Kirkeministeriet", "Aarhus Kommune", "Aarhus Stift", "Rigspolitiet", "Rigsarkivet", "Folkekirkens IT", "Folkekirkens Lønservice", "MobilePay", "Mailchimp", "The Rocket Science Group LLC", "Siteimprove", "Facebook"],
  ["sanktlukas.aarhus@sogn.dk", "dpo@aarhusstift.dk"])
