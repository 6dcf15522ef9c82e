import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("aligner-online", "de",
  ["identity", "contact", "sensitive", "user_content", "financial", "account", "communications", "device", "usage", "feedback", "cookies"],
  ["service_providers", "legal", "advertisers"], "no",
  ["fixed_period", "legal_requirement", "account_lifetime", "deletion_stated"], [182, 3650, 1095],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Ortholab Dentaltechnik GmbH", "Stripe", "Klarna", "SCHUFA", "DHL", "Hetzner", "Intercom",
   "Brandt & Koll Steuerberatungsgesellschaft mbH", "Google", "TikTok", "Meta"],
  ["hallo@smileline-aligner.de", "dsb@smileline-aligner.de"])
g("imkerverein", "de",
  ["identity", "contact", "financial", "sensitive", "device", "usage", "cookies"],
  ["legal", "public", "service_providers"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [28, 2555, 1095],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "complaint"],
  [],
  ["Bundesministerium für Soziales, Gesundheit, Pflege und Konsumentenschutz", "Landesverband für Bienenzucht in Oberösterreich",
   "Bienen aktuell", "Land Oberösterreich", "World4You Internet Services GmbH", "Brevo", "Facebook"],
  ["obmann@bienen-muehlviertel.at"])
# ---- nl ----
g("maatpakken", "nl",
  ["identity", "contact", "account", "profile", "user_content", "financial", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal", "advertisers"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [1095, 2555, 730],
  ["access", "rectification", "erasure", "portability", "restriction", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Sartoria Adriatica d.o.o.", "Mollie", "PostNL", "DHL", "Shopify", "Klaviyo", "Trengo", "Belastingdienst",
   "Google", "Meta", "Pinterest", "Facebook", "Instagram"],
  ["privacy@vanheusdenmaatwerk.nl", "service@vanheusdenmaatwerk.nl"])
g("pretpark", "nl",
  ["identity", "contact", "financial", "account", "profile", "location", "usage", "sensitive", "cookies"],
  ["service_providers", "legal", "advertisers"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated"], [30, 395, 2555, 1825, 730, 91, 182],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "unilateral_changes"],
  ["Gantner Technologies", "Worldline", "Payconiq by Bancontact", "Combell", "Flexmail", "Ethias", "politiezone Neteland",
   "Google", "Meta", "Facebook", "Instagram"],
  ["dpo@kempenhoeve.be"])
# ---- da ----
g("baadudlejning", "da",
  ["identity", "contact", "financial", "location", "account", "profile", "device", "usage", "cookies", "communications", "feedback"],
  ["service_providers", "legal", "advertisers"], "no",
  ["fixed_period", "deletion_stated", "legal_requirement", "account_lifetime"], [1095, 14, 90, 1825],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Bókun", "Nets", "MobilePay", "Nautic Track ApS", "Mailchimp", "e-conomic", "Tryg Forsikring A/S",
   "Forsvarets Operationscenter", "Skattestyrelsen", "Google", "Facebook"],
  ["kontakt@fjordbaad.dk", "persondata@fjordbaad.dk"])
g("lokalarkiv", "da",
  ["identity", "contact", "financial", "device"],
  ["public", "service_providers"], "unstated",
  ["account_lifetime", "fixed_period", "deletion_stated", "indefinite"], [730, 1825, 7],
  ["access", "rectification", "erasure", "restriction", "objection", "complaint"],
  ["indefinite_retention"],
  ["ForeningLet", "Arkiv.dk", "Arkibas ApS", "Simply"],
  ["arkivet@skovby-lokalarkiv.dk"])
