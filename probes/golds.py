import sys; sys.path.insert(0, "probes")
from mkgold import g
g("telescope-webshop", "en",
  ["identity", "contact", "financial", "account", "profile", "device", "usage", "cookies", "location", "user_content", "communications", "feedback"],
  ["service_providers", "advertisers", "public", "legal", "business_transfer"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [2555, 60, 1095, 30, 90],
  ["access", "rectification", "erasure", "portability", "opt_out_sale", "opt_out_marketing", "cookie_control", "non_discrimination", "complaint"],
  ["third_party_tracking", "targeted_advertising"],
  ["Braintree", "PayPal", "Affirm", "Google", "Meta", "Facebook", "TikTok", "Zendesk", "Klaviyo", "FedEx", "UPS", "BigCommerce",
   "TaxJar", "Yotpo", "Celestron", "Sky-Watcher"],
  ["privacy@darkskyoutfitters.com"])
g("blinds-webshop", "en",
  ["identity", "contact", "user_content", "financial", "account", "device", "usage", "cookies", "communications", "feedback", "profile"],
  ["service_providers", "advertisers", "public", "legal", "business_transfer"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [2190, 365, 730, 90],
  ["access", "rectification", "erasure", "restriction", "objection", "opt_out_marketing", "portability", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Opayo", "Klarna", "DPD", "Royal Mail", "Shopify", "Brevo", "Zendesk", "Trustpilot", "Google", "Microsoft", "HMRC"],
  ["dataprotection@pennineblinds.co.uk"])
g("sklep-kominki", "pl",
  ["identity", "contact", "account", "profile", "financial", "user_content", "communications", "device", "usage", "cookies", "feedback"],
  ["service_providers", "advertisers", "public", "legal"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [1825, 1095, 182, 395],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["IdoSell", "IAI S.A.", "Przelewy24", "PayPro S.A.", "PayPo", "InPost", "DPD Polska", "Raben Logistics Polska", "FreshMail", "Ceneo", "Google", "Meta", "Facebook", "Instagram", "Policja"],
  ["iod@kominkowo.pl"])
