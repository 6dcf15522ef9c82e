import sys; sys.path.insert(0, "probes")
from mkgold import g
g("hot-sauce-webshop", "en",
  ["identity", "contact", "account", "financial", "profile", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "business_transfer", "public"], "no",
  ["account_lifetime", "deletion_stated", "legal_requirement"], [30, 1460, 730],
  ["access", "rectification", "erasure", "portability", "opt_out_sale", "opt_out_marketing", "non_discrimination", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising"],
  ["BigCommerce", "Stripe", "PayPal", "ShipStation", "USPS", "UPS", "Omnisend", "Zendesk", "Judge.me", "TaxJar", "Google", "Meta", "Facebook", "Instagram", "Pinterest"],
  ["privacy@loneembersauce.com"])
g("school-photographer", "en",
  ["identity", "contact", "account", "financial", "communications", "device", "usage", "location", "cookies"],
  ["service_providers", "legal"], "no",
  ["deletion_stated", "legal_requirement", "account_lifetime", "fixed_period"], [365, 1095, 2190, 730],
  ["access", "rectification", "erasure", "restriction", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Loxley Colour Labs", "Stripe", "Royal Mail", "DPD", "Microsoft", "Zendesk", "Google"],
  ["dataprotection@brightfieldportraits.co.uk"])
g("sklep-asg", "pl",
  ["identity", "contact", "account", "financial", "profile", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["legal_requirement", "account_lifetime", "deletion_stated", "fixed_period"], [1825, 1095, 365],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["IdoSell", "IAI S.A.", "PayU", "InPost", "GLS", "FreshMail", "Google", "TikTok", "Policja"],
  ["dane@celnystrzal.pl"])
