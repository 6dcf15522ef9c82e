import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("parfum-abfuellungen-shop", "de",
  ["identity", "contact", "account", "financial", "profile", "device", "usage", "communications", "feedback", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [3650, 182, 730, 7],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Stripe", "PayPal", "Klarna", "DHL", "GLS", "Hetzner", "Zendesk", "Brevo", "Sendinblue", "Trustpilot", "Meta", "Facebook", "Weißgerber & Partner", "DATEV", "Finanzamt Leipzig I"],
  ["hallo@duftprobe.de", "datenschutz@duftprobe.de"])
# ---- nl ----
g("zonnebrillen-webshop", "nl",
  ["identity", "contact", "account", "financial", "sensitive", "profile", "usage", "communications", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["legal_requirement", "fixed_period", "account_lifetime", "deletion_stated"], [2555, 730, 365],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes", "consent_by_use"],
  ["Hoya Lens Nederland B.V.", "Lightspeed", "Mollie", "PostNL", "DPD", "Freshdesk", "Klaviyo", "Moneybird", "Belastingdienst", "Google", "TikTok", "Pinterest"],
  ["privacy@zonnigzicht.nl", "klantenservice@zonnigzicht.nl"])
# ---- da ----
g("hundeskole", "da",
  ["identity", "contact", "account", "financial", "profile", "device", "usage", "communications", "cookies"],
  ["service_providers", "advertisers", "legal", "public", "with_consent"], "no",
  ["as_long_as_necessary", "legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [730, 1825, 1095, 182],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Planway", "QuickPay", "One.com", "Mailchimp", "The Rocket Science Group LLC", "Dinero", "Skattestyrelsen", "Google", "Facebook", "Meta", "Instagram"],
  ["data@poterogpels.dk"])
