import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("aquaristik-webshop", "de",
  ["identity", "contact", "account", "financial", "user_content", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "fixed_period", "account_lifetime", "deletion_stated"], [3650, 2190, 1825, 365, 7],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Mollie", "PayPal", "Klarna", "DHL", "Deutsche Post", "GO! Express & Logistics", "Trusted Shops", "Aquacheck", "Zendesk", "Usercentrics", "Google", "Pinterest", "IONOS", "Steuerberatungsgesellschaft Weserblick mbH", "Finanzamt Bremen", "Brevo"],
  ["service@riffwerk-aquaristik.de", "datenschutz@riffwerk-aquaristik.de"])
# ---- nl ----
g("vogelspot-app", "nl",
  ["identity", "contact", "account", "profile", "user_content", "location", "financial", "device", "usage", "communications", "cookies"],
  ["service_providers", "public", "with_consent", "legal"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [1095, 30, 365, 90, 2555],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "opt_out_marketing"],
  ["international_transfer", "unilateral_changes", "consent_by_use"],
  ["Sovon", "Nationale Databank Flora en Fauna", "NDFF", "Mollie", "Sentry", "Functional Software, Inc.", "PostHog", "Leaseweb", "Freshdesk", "Freshworks", "Laposta"],
  ["privacy@vogelspot.nl", "help@vogelspot.nl"])
# ---- da ----
g("dyreinternat", "da",
  ["identity", "contact", "financial", "profile", "sensitive", "usage", "cookies"],
  ["service_providers", "legal", "public", "with_consent"], "no",
  ["fixed_period", "deletion_stated", "legal_requirement", "account_lifetime"], [1825, 90, 365],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Skattestyrelsen", "Dansk Hunderegister", "Det Danske Katteregister", "Dyrlægerne i Herning ApS", "Midt- og Vestjyllands Politi", "Herning Kommune", "ForeningLet", "Nets", "Nexi", "Ungapped", "Facebook", "One.com", "Cookiebot", "Google"],
  ["persondata@dyreinternat-vest.dk"])
