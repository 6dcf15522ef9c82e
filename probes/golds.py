import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("pflanzenversand", "de",
  ["identity", "contact", "account", "profile", "user_content", "communications", "feedback", "financial", "usage", "cookies"],
  ["service_providers", "legal", "advertisers", "public"], "no",
  ["account_lifetime", "fixed_period", "deletion_stated", "legal_requirement"], [730, 182, 2555],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Klarna", "PayPal", "Stripe", "Österreichische Post AG", "DHL", "Shopify", "Zendesk", "Brevo", "Wallner & Hofer Steuerberatung OG",
   "Google", "Facebook", "Instagram", "Pinterest"],
  ["datenschutz@blattwerk.at"])
g("segelflugverein", "de",
  ["identity", "contact", "financial", "location", "device", "usage"],
  ["service_providers", "legal", "public"], "unstated",
  ["deletion_stated", "fixed_period", "legal_requirement", "indefinite", "account_lifetime"], [730, 3650, 7],
  ["access", "rectification", "erasure", "restriction", "objection", "complaint"],
  ["indefinite_retention"],
  ["Hessischer Luftsportbund e.V.", "Landessportbund Hessen e.V.", "vereinsflieger.de", "Regierungspräsidium Darmstadt", "Hetzner", "Finanzamt Fulda"],
  ["datenschutz@lsv-hoherhoen.de"])
# ---- nl ----
g("scheermesjes-abonnement", "nl",
  ["identity", "contact", "account", "financial", "profile", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "business_transfer"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement"], [365, 2555, 730, 182],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Mollie", "bpost", "PostNL", "Logistica Roeselare NV", "Klaviyo", "Gorgias", "Shopify", "Meta", "Facebook", "TikTok", "FOD Financiën", "Google"],
  ["privacy@scherpr.be"])
g("kunstuitleen", "nl",
  ["identity", "contact", "financial", "cookies", "profile"],
  ["service_providers"], "no",
  ["as_long_as_necessary", "deletion_stated", "fixed_period", "legal_requirement", "account_lifetime"], [365, 2555],
  ["access", "rectification", "erasure", "withdraw_consent", "objection", "portability", "complaint"],
  [],
  ["Collectiv Software B.V.", "Rabobank", "Hiscox", "LaPosta"],
  ["info@kunstuitleendewissel.nl"])
# ---- da ----
g("dampshop", "da",
  ["identity", "contact", "financial", "account", "usage", "device", "communications", "cookies", "profile"],
  ["service_providers", "legal"], "no",
  ["fixed_period", "legal_requirement", "account_lifetime", "deletion_stated"], [1095, 1825, 365, 730],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "complaint", "opt_out_marketing", "withdraw_consent", "cookie_control"],
  ["third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Signicat", "Dandomain", "Quickpay", "Nets", "GLS", "PostNord", "Zendesk", "Klaviyo", "Bogholderiet Aarhus ApS", "Sikkerhedsstyrelsen", "Google"],
  ["databeskyttelse@skyvapes.dk"])
g("skadedyrsbekaempelse", "da",
  ["identity", "contact", "financial", "communications", "cookies"],
  ["service_providers", "legal", "with_consent"], "unstated",
  ["fixed_period", "legal_requirement", "deletion_stated"], [1825, 730, 182],
  ["access", "rectification", "erasure", "objection", "complaint"],
  [],
  ["Ordrestyring.dk", "Revisionsfirmaet Holm & Kjær", "Sydbank", "e-conomic", "one.com", "Fødevarestyrelsen"],
  ["kontakt@rottefri-sj.dk"])
