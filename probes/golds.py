import sys; sys.path.insert(0, "probes")
from mkgold import g
g("home-warranty-plan", "en",
  ["identity", "contact", "financial", "account", "user_content", "communications", "device", "usage", "cookies", "location", "profile"],
  ["service_providers", "advertisers", "legal", "business_transfer"], "no",
  ["account_lifetime", "legal_requirement", "deletion_stated", "fixed_period"], [2555, 90, 425, 30],
  ["access", "rectification", "erasure", "portability", "opt_out_sale", "non_discrimination", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "targeted_advertising"],
  ["Braintree", "PayPal", "Salesforce", "Twilio", "Zendesk", "Amazon Web Services", "Google", "Meta", "Facebook", "Instagram"],
  ["privacy@hearthguard.com"])
g("party-supplies-webshop", "en",
  ["identity", "contact", "financial", "user_content", "account", "profile", "communications", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "business_transfer"], "no",
  ["legal_requirement", "deletion_stated", "fixed_period", "account_lifetime"], [2190, 60, 730, 1095],
  ["access", "rectification", "erasure", "restriction", "objection", "opt_out_marketing", "portability", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Stripe", "PayPal", "Klarna", "Shopify", "Royal Mail", "Evri", "DPD", "Gorgias", "Klaviyo", "Trustpilot", "Haigh & Booth LLP", "HMRC",
   "Google", "Facebook", "Instagram", "TikTok"],
  ["privacy@popcornandconfetti.co.uk"])
g("sklep-bhp", "pl",
  ["identity", "contact", "financial", "account", "user_content", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["legal_requirement", "fixed_period", "account_lifetime", "deletion_stated"], [1825, 182, 365],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["IAI S.A.", "IdoSell", "Przelewy24", "PayPro S.A.", "InPost", "DPD Polska sp. z o.o.", "Poczta Polska", "FreshMail", "SMSAPI", "Haftex Maria Nowak",
   "Google", "Meta", "Facebook"],
  ["dane@bhp-ochrona.pl"])
