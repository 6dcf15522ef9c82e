import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("trachten-webshop", "de",
  ["identity", "contact", "account", "financial", "profile", "device", "usage", "communications", "feedback", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime", "as_long_as_necessary"], [3650, 1095, 730, 7, 365],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "data_combination", "international_transfer"],
  ["PayPal", "Stripe", "Klarna", "DHL", "Hermes", "Hetzner", "Meta", "Facebook", "Instagram", "Brevo", "Sendinblue", "Finanzamt Rosenheim", "DATEV"],
  ["datenschutz@dirndlwerk.de", "kundenservice@dirndlwerk.de"])
# ---- nl ----
g("fotobooth-verhuur", "nl",
  ["identity", "contact", "financial", "user_content", "profile", "device", "usage", "communications", "cookies"],
  ["service_providers", "legal", "with_consent"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [730, 2555, 90, 426, 365],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Mollie", "Moneybird", "TransIP B.V.", "Mailchimp", "The Rocket Science Group LLC", "Google", "Belastingdienst"],
  ["privacy@flitsbox.nl"])
# ---- da ----
g("foerstehjaelpskurser", "da",
  ["identity", "contact", "financial", "sensitive", "profile", "usage", "communications", "cookies"],
  ["service_providers", "advertisers", "legal", "public", "with_consent"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [1825, 1095, 30, 365],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes", "non_exhaustive"],
  ["One.com", "Quickpay", "e-conomic", "Heyloyalty", "Microsoft", "Skattestyrelsen", "Google", "Meta", "Facebook", "Instagram", "Cookiebot"],
  ["kontakt@hjertestartkurser.dk"])
