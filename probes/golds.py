import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("liquid-webshop", "de",
  ["identity", "contact", "account", "financial", "communications", "profile", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal", "public"], "no",
  ["fixed_period", "deletion_stated", "account_lifetime", "legal_requirement"], [3650, 2190, 1095, 30, 7],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["international_transfer"],
  ["Hetzner", "Shopware AG", "Zendesk", "Brevo", "Sendinblue", "DHL", "Trusted Shops", "PayPal", "Stripe", "Klarna", "SCHUFA",
   "Deutsche Post", "Husemann & Kötter Steuerberatungsgesellschaft mbH", "Finanzamt Bielefeld-Innenstadt", "Hauptzollamt Bielefeld"],
  ["service@dampfwerk-liquids.de", "datenschutz@dampfwerk-liquids.de"])
# ---- nl ----
g("rijbewijskeuring-app", "nl",
  ["identity", "contact", "account", "financial", "sensitive", "communications", "profile", "device", "usage", "cookies"],
  ["service_providers", "legal", "business_transfer"], "no",
  ["fixed_period", "deletion_stated", "legal_requirement", "account_lifetime"], [2555, 1095, 730, 365, 90, 30],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Microsoft", "Mollie", "CM.com", "Trengo", "Google", "Belastingdienst"],
  ["privacy@keurvlot.nl", "support@keurvlot.nl"])
# ---- da ----
g("motorcykelklub", "da",
  ["identity", "contact", "account", "financial", "sensitive", "profile", "device", "usage", "cookies"],
  ["service_providers", "legal", "public"], "unstated",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated", "indefinite"], [1825, 365, 91],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "international_transfer", "indefinite_retention"],
  ["ForeningLet", "MobilePay", "Nets", "Nexi", "Simply", "Herning Bogtryk A/S", "Mailchimp", "The Rocket Science Group LLC", "Intuit Inc.",
   "Danmarks Motor Union", "Tryg Forsikring A/S", "Facebook", "Skattestyrelsen", "Rigspolitiet", "Google", "Cookie Information"],
  ["persondata@mjmk.dk"])
