import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("angelbedarf-webshop", "de",
  ["identity", "contact", "account", "profile", "financial", "user_content", "location", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [14, 1095, 3650, 182],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes"],
  ["DHL", "PayPal", "Klarna", "Stripe", "SCHUFA", "Google", "Meta", "Facebook", "Instagram", "Microsoft", "CleverReach",
   "Nordtrans Logistik GmbH & Co. KG", "Shopware", "IONOS", "Freshdesk", "Kanzlei Petersen & Rohwer PartG mbB"],
  ["datenschutz@hechtwerk.de"])
g("heizoelhandel", "de",
  ["identity", "contact", "financial", "user_content", "cookies"],
  ["service_providers", "legal"], "unstated",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [2555, 90, 30, 182],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint"],
  [],
  ["Tankplan Software GmbH", "Smartfill IoT s.r.o.", "Raiffeisenbank Wels", "Finanzamt Österreich", "Zollamt Österreich", "Kreditschutzverband von 1870"],
  ["buero@aigner-brennstoffe.at"])
# ---- nl ----
g("theorie-examen-app", "nl",
  ["identity", "contact", "account", "financial", "usage", "profile", "device", "communications", "cookies"],
  ["service_providers", "legal"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [730, 2555, 365, 90],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["international_transfer"],
  ["Amazon Web Services", "Mollie", "Google", "Intercom", "Mailchimp", "Boekhoudkantoor Verstraete & De Smet bv", "FOD Financiën"],
  ["dpo@rijklaar.be"])
# ---- da ----
g("forsamlingshus", "da",
  ["identity", "contact", "financial", "sensitive", "cookies"],
  ["service_providers", "legal", "public", "with_consent"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [1825, 730],
  ["access", "rectification", "erasure", "restriction", "objection", "withdraw_consent", "complaint", "opt_out_marketing"],
  [],
  ["ForeningLet", "Simply.com", "MobilePay", "Lollands Bank", "Lolland-Falster Brandvæsen", "Facebook"],
  ["bestyrelsen@vesterbyforsamlingshus.dk"])
