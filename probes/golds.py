import sys; sys.path.insert(0, "probes")
from mkgold import g
g("tee-time-app", "en",
  ["identity", "contact", "account", "profile", "financial", "user_content", "communications", "device", "usage", "location", "cookies"],
  ["service_providers", "advertisers", "public", "legal", "business_transfer"], "no",
  ["account_lifetime", "deletion_stated", "legal_requirement", "fixed_period"], [30, 2555, 730, 90],
  ["access", "portability", "rectification", "erasure", "opt_out_sale", "non_discrimination", "opt_out_marketing", "cookie_control", "complaint"],
  ["third_party_tracking", "targeted_advertising"],
  ["Apple", "Google", "Stripe", "Intercom", "Mixpanel", "Meta", "Facebook", "AppsFlyer", "Amazon Web Services", "Twilio", "SendGrid"],
  ["privacy@fairwaynow.golf"])
g("school-uniform-webshop", "en",
  ["identity", "contact", "financial", "account", "communications", "user_content", "profile", "device", "usage", "cookies", "feedback"],
  ["service_providers", "advertisers", "public", "legal", "business_transfer", "with_consent"], "no",
  ["legal_requirement", "deletion_stated", "account_lifetime", "fixed_period"], [2190, 90, 1095, 730, 425, 395],
  ["access", "rectification", "erasure", "restriction", "objection", "opt_out_marketing", "portability", "withdraw_consent", "cookie_control", "complaint"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Shopify", "Stripe", "PayPal", "An Post", "DPD Ireland", "Klaviyo", "Gorgias", "Judge.me", "Stitchworks Kildare Ltd", "Google", "Meta",
   "Facebook", "Instagram", "Revenue Commissioners", "An Garda Síochána"],
  ["dataprotection@crested.ie"])
g("sklep-z-perukami", "pl",
  ["identity", "contact", "account", "financial", "profile", "user_content", "sensitive", "device", "usage", "cookies", "communications"],
  ["service_providers", "advertisers", "legal"], "no",
  ["legal_requirement", "deletion_stated", "account_lifetime", "fixed_period"], [1825, 30],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "cookie_control", "complaint"],
  ["third_party_tracking", "targeted_advertising", "international_transfer", "non_exhaustive"],
  ["Shoper S.A.", "PayU", "InPost", "Poczta Polska", "SALESmanago", "Rachmistrz Kraków sp. z o.o.", "Smartsupp", "Narodowy Fundusz Zdrowia",
   "Google", "Meta", "Facebook", "Instagram"],
  ["iod@perukarnia-aurora.pl"])
