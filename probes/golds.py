import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("saunazubehoer-webshop", "de",
  ["identity", "contact", "account", "financial", "communications", "profile", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["as_long_as_necessary", "legal_requirement", "fixed_period", "account_lifetime", "deletion_stated"], [3650, 2190, 1095, 730, 7],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Hetzner", "PayPal", "Klarna", "Stripe", "DHL", "DB Schenker", "Zendesk", "Brevo", "ProvenExpert", "Meta", "Facebook", "Finanzamt Freiburg-Stadt"],
  ["kontakt@aufgusswerk.de", "datenschutz@aufgusswerk.de"])
# ---- nl ----
g("dansschool", "nl",
  ["identity", "contact", "account", "financial", "sensitive", "user_content", "profile", "device", "usage", "cookies"],
  ["service_providers", "legal", "public", "with_consent"], "no",
  ["legal_requirement", "fixed_period", "account_lifetime", "deletion_stated"], [2555, 730, 91, 30],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Sportivity", "Mollie", "Moneybird", "Mailchimp", "Google", "Instagram", "Danssport Bond Nederland", "Belastingdienst"],
  ["privacy@ritmeenzo.nl", "info@ritmeenzo.nl"])
# ---- da ----
g("tandblegning-webshop", "da",
  ["identity", "contact", "account", "financial", "sensitive", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "fixed_period", "account_lifetime", "deletion_stated", "as_long_as_necessary"], [1825, 1095, 365, 30],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Simply", "QuickPay", "Bring", "DAO", "Klaviyo", "Freshdesk", "Dinero", "Skattestyrelsen", "Cookie Information", "Google", "TikTok"],
  ["persondata@hvidsmil.dk"])
