import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("notenversand", "de",
  ["identity", "contact", "account", "financial", "profile", "user_content", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "legal_requirement", "fixed_period", "deletion_stated"], [7, 30, 3650, 1095, 365],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Hetzner", "Stripe", "PayPal", "DHL", "Deutsche Post", "CleverReach GmbH & Co. KG", "Freshdesk", "Freshworks", "Google", "Trustpilot", "Kanzlei Böttcher Steuerberatungsgesellschaft mbH", "Finanzamt Leipzig I"],
  ["datenschutz@notenpult.de"])
# ---- nl ----
g("ijsbaan-app", "nl",
  ["identity", "contact", "account", "financial", "sensitive", "device", "usage", "cookies"],
  ["service_providers", "legal"], "no",
  ["legal_requirement", "account_lifetime", "fixed_period", "deletion_stated"], [2555, 730, 28, 90],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["international_transfer"],
  ["Mollie", "Apple", "Google", "OneSignal", "Recreatex", "Gantner", "Microsoft", "Spotler", "Belastingdienst"],
  ["privacy@devechtkuil.nl"])
# ---- da ----
g("teltudlejning", "da",
  ["identity", "contact", "financial", "user_content", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated", "account_lifetime"], [365, 1825, 90, 14],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Simply", "Dinero", "QuickPay", "MobilePay", "Heyloyalty", "Google", "Meta", "Facebook", "Herning Kommune", "Codan Forsikring"],
  ["privatliv@festtelte-mj.dk"])
