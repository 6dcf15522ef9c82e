import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("akku-reparatur-shop", "de",
  ["identity", "contact", "account", "financial", "communications", "profile", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal", "public"], "no",
  ["fixed_period", "deletion_stated", "account_lifetime", "legal_requirement"], [7, 730, 3650],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["international_transfer"],
  ["Hetzner", "DHL", "Stripe", "PayPal", "Brevo", "Sendinblue", "Trusted Shops", "Steuerberatungsgesellschaft Kruse & Nolte mbH", "Finanzamt Hannover-Nord"],
  ["service@zellwerk-akku.de", "datenschutz@zellwerk-akku.de"])
# ---- nl ----
g("carnavalsvereniging", "nl",
  ["identity", "contact", "financial", "profile", "device", "cookies"],
  ["service_providers", "legal", "public"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated", "indefinite"], [730, 2555, 90, 30],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint"],
  ["indefinite_retention"],
  ["Ticketkantoor", "Conscribo", "Rabobank", "Hostnet", "Laposta", "Gemeente Oss", "Facebook", "Meta"],
  ["privacy@dekwakkerts.nl", "secretariaat@dekwakkerts.nl"])
# ---- da ----
g("broedabonnement", "da",
  ["identity", "contact", "account", "financial", "communications", "profile", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["account_lifetime", "legal_requirement", "fixed_period", "deletion_stated"], [1095, 1825, 30, 180],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer", "unilateral_changes", "consent_by_use"],
  ["Shopify", "QuickPay", "Burd", "GLS", "Klaviyo", "e-conomic", "Visma", "Revisionsfirmaet Holm & Kjær", "Skattestyrelsen", "Cookiebot", "Google", "Meta", "Facebook"],
  ["hej@surdejsfabrikken.dk", "persondata@surdejsfabrikken.dk"])
