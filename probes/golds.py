import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("stellplatz-app", "de",
  ["identity", "contact", "account", "financial", "location", "user_content", "feedback", "communications", "device", "usage", "cookies"],
  ["service_providers", "legal", "public"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [730, 3650, 365, 7],
  ["access", "rectification", "erasure", "restriction", "portability", "withdraw_consent", "objection", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Apple", "Google", "Stripe", "PayPal", "Mapbox", "Zendesk", "Brevo", "Hetzner", "Kanzlei Roth & Wiesler"],
  ["datenschutz@platzwart-app.de"])
# ---- nl ----
g("tuinhuis-webshop", "nl",
  ["identity", "contact", "financial", "user_content", "account", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [2555, 182, 730, 1825, 365],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes"],
  ["TransIP", "Mollie", "Klarna", "PostNL", "Dachser", "Trustpilot", "Zendesk", "Google", "Pinterest", "Hotjar", "Laposta", "Belastingdienst"],
  ["privacy@tuinhoutdirect.nl"])
# ---- da ----
g("gymnastikforening", "da",
  ["identity", "contact", "financial", "sensitive", "cookies"],
  ["service_providers", "legal", "public"], "no",
  ["deletion_stated", "fixed_period", "legal_requirement", "account_lifetime"], [730, 1825, 1095],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  [],
  ["Conventus", "Simply", "e-conomic", "DGI", "Aarhus Kommune", "Rigspolitiet", "Facebook"],
  ["persondata@hjortshoej-gym.dk"])
