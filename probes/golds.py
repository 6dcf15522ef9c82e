import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("dj-buchungsportal", "de",
  ["identity", "contact", "account", "financial", "user_content", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["as_long_as_necessary", "account_lifetime", "fixed_period", "deletion_stated", "legal_requirement"], [14, 182, 365, 3650],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["SCHUFA", "Cookiebot", "Usercentrics", "Google", "Meta", "Facebook", "Hetzner", "Stripe", "PayPal", "Zendesk", "Brevo", "GEMA", "Kanzlei Roth & Kessler Steuerberater", "Finanzamt Leipzig I"],
  ["datenschutz@auflegen.de", "kontakt@auflegen.de"])
# ---- nl ----
g("kinderfeestjes-app", "nl",
  ["identity", "contact", "account", "sensitive", "financial", "device", "usage", "location", "communications", "feedback"],
  ["service_providers", "legal", "public"], "no",
  ["account_lifetime", "fixed_period", "deletion_stated", "legal_requirement"], [30, 365, 2555, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing"],
  ["third_party_tracking", "international_transfer"],
  ["Mollie", "Google", "Firebase", "Mixpanel", "Trengo", "Amazon Web Services", "Exact Online", "Belastingdienst"],
  ["privacy@feestvarken.nl"])
# ---- da ----
g("kolonihaveforening", "da",
  ["identity", "contact", "financial", "communications", "cookies"],
  ["service_providers", "public"], "no",
  ["account_lifetime", "fixed_period", "deletion_stated", "legal_requirement"], [182, 1825],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint"],
  ["rights_limited"],
  ["Kolonihaveforbundet", "Københavns Kommune", "Klubmodul ApS", "Nets", "Dinero", "Simply", "Facebook"],
  ["persondata@hf-solsikken.dk"])
