import sys; sys.path.insert(0, "probes")
from mkgold import g
g("effects-pedal-webshop", "en",
  ["identity", "contact", "financial", "account", "profile", "device", "usage", "cookies", "communications", "user_content", "feedback"],
  ["service_providers", "advertisers", "legal", "business_transfer", "public"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated", "account_lifetime"], [1825, 180, 730],
  ["access", "rectification", "erasure", "portability", "opt_out_sale", "non_discrimination", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "targeted_advertising"],
  ["Shopify", "Stripe", "PayPal", "Affirm", "ShipStation", "USPS", "UPS", "DHL", "Klaviyo", "Gorgias", "Yotpo", "Google", "Facebook", "TikTok"],
  ["privacy@foghornfuzz.com"])
g("mobile-bike-repair-app", "en",
  ["identity", "contact", "account", "location", "user_content", "financial", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal"], "no",
  ["account_lifetime", "deletion_stated", "legal_requirement", "fixed_period"], [30, 2555, 365, 90],
  ["access", "rectification", "erasure", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Amazon Web Services", "Stripe", "Twilio", "Google", "Mixpanel", "Zendesk", "Xero", "Shimano", "Victoria Police"],
  ["privacy@spokesmith.com.au"])
g("sklep-jezdziecki", "pl",
  ["identity", "contact", "account", "financial", "profile", "communications", "user_content", "device", "usage", "cookies", "feedback"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "account_lifetime", "deletion_stated", "fixed_period"], [1825, 182, 425],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer", "non_exhaustive"],
  ["Shoper S.A.", "Autopay S.A.", "Blue Media", "PayPal", "InPost", "DPD Polska sp. z o.o.", "Raben Logistics Polska sp. z o.o.", "GetResponse", "Trusted Shops", "Santander Consumer Bank S.A.", "Urząd Skarbowy w Lesznie", "Google", "Meta", "Facebook"],
  ["rodo@klusem.pl"])
