import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("tischtennis-webshop", "de",
  ["identity", "contact", "account", "financial", "communications", "profile", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public", "with_consent"], "no",
  ["fixed_period", "deletion_stated", "legal_requirement", "account_lifetime", "as_long_as_necessary"], [7, 3650, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer", "unilateral_changes"],
  ["PayPal", "Stripe", "Klarna", "Sparkasse Hannover", "DHL", "DB Schenker", "Hetzner", "lexoffice", "Steuerkanzlei Brandes & Okafor", "Brevo", "Sendinblue", "Trusted Shops", "Cookiebot", "Usercentrics", "Google"],
  ["service@topspin-versand.de", "datenschutz@topspin-versand.de"])
# ---- nl ----
g("watertaxi-app", "nl",
  ["identity", "contact", "account", "financial", "location", "communications", "profile", "device", "usage", "cookies"],
  ["service_providers", "legal"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [1095, 2555, 90, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint"],
  ["international_transfer"],
  ["Amazon Web Services", "Adyen", "MessageBird", "Bird", "Zendesk", "Google", "Firebase", "Nationale-Nederlanden", "Politie", "Havenbedrijf Rotterdam", "Inspectie Leefomgeving en Transport", "Plausible"],
  ["privacy@maasvaart.nl", "info@maasvaart.nl"])
# ---- da ----
g("gulvafslibning", "da",
  ["identity", "contact", "financial", "communications", "user_content", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public", "with_consent"], "no",
  ["fixed_period", "deletion_stated", "legal_requirement"], [182, 1095, 1825, 395],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Ordrestyring.dk", "Dinero", "Simply", "Revisionsfirmaet Holm & Juhl", "Trustpilot", "Vognmand Ole Rasmussen", "Skattestyrelsen", "Cookie Information", "Google", "Meta", "Facebook"],
  ["kontakt@fynsgulvservice.dk"])
