import sys; sys.path.insert(0, "probes")
from mkgold import g
g("sewing-pattern-webshop", "en",
  ["identity", "contact", "financial", "account", "user_content", "communications", "feedback", "device", "usage", "location", "cookies"],
  ["service_providers", "advertisers", "legal", "business_transfer", "public"], "no",
  ["legal_requirement", "fixed_period", "account_lifetime", "deletion_stated"], [2555, 30, 730],
  ["access", "portability", "rectification", "erasure", "opt_out_sale", "opt_out_marketing", "non_discrimination", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising"],
  ["Shopify", "Stripe", "PayPal", "USPS", "UPS", "Klaviyo", "Gorgias", "Google", "Pinterest", "Meta", "Facebook", "Instagram"],
  ["privacy@thimbleandthread.com"])
g("pool-service-app", "en",
  ["identity", "contact", "account", "user_content", "financial", "location", "device", "usage", "communications", "cookies"],
  ["service_providers", "legal"], "no",
  ["account_lifetime", "deletion_stated", "legal_requirement", "fixed_period"], [1095, 1825, 90],
  ["access", "rectification", "erasure", "opt_out_marketing", "cookie_control", "complaint"],
  ["international_transfer", "third_party_tracking"],
  ["Amazon Web Services", "Stripe", "Google", "Twilio", "Xero", "Sendle", "Intercom"],
  ["privacy@clearbluepools.com.au"])
g("serwis-klimatyzacji", "pl",
  ["identity", "contact", "financial", "user_content", "communications", "device", "usage", "cookies"],
  ["service_providers", "legal"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [1825, 90],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["international_transfer", "third_party_tracking", "non_exhaustive", "hardware_identifiers"],
  ["Fakturownia", "Google", "SMSAPI", "Przelewy24", "PayPro S.A.", "home.pl", "Instytut Ochrony Środowiska – Państwowy Instytut Badawczy", "Daikin Airconditioning Poland sp. z o.o.", "Mitsubishi Electric Europe B.V."],
  ["rodo@chlodnydom.pl"])
