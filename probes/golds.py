import sys; sys.path.insert(0, "probes")
from mkgold import g
g("pickleball-app", "en",
  ["identity", "contact", "account", "profile", "financial", "communications", "feedback", "device", "usage", "location", "cookies"],
  ["service_providers", "public", "legal", "business_transfer"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [30, 2555, 730],
  ["access", "portability", "rectification", "erasure", "opt_out_sale", "opt_out_marketing", "cookie_control", "non_discrimination", "complaint"],
  ["third_party_tracking", "targeted_advertising"],
  ["Apple", "Google", "Stripe", "Amazon Web Services", "Twilio", "SendGrid", "Intercom", "Mixpanel"],
  ["privacy@courtspot.app"])
g("drone-webshop", "en",
  ["identity", "contact", "financial", "account", "profile", "user_content", "device", "usage", "cookies", "communications"],
  ["service_providers", "advertisers", "legal"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [2555, 1095, 365],
  ["access", "rectification", "erasure", "opt_out_marketing", "cookie_control", "complaint"],
  ["third_party_tracking", "targeted_advertising", "international_transfer", "hardware_identifiers"],
  ["Australia Post", "StarTrack", "Sendle", "Shopify", "Stripe", "PayPal", "Afterpay", "Zip", "Klaviyo", "Gorgias", "DJI",
   "Google", "Meta", "Facebook", "Instagram", "Australian Federal Police"],
  ["privacy@skykit.com.au"])
g("sklep-pszczelarski", "pl",
  ["identity", "contact", "account", "financial", "device", "usage", "communications", "feedback", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [1825, 365, 425],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Shoper S.A.", "PayPro S.A.", "Przelewy24", "InPost", "DPD Polska sp. z o.o.", "Poczta Polska", "GetResponse", "Google", "Meta", "Facebook", "Instagram",
   "Powiatowy Lekarz Weterynarii", "Policja"],
  ["dane@pasieka-sklep.pl"])
