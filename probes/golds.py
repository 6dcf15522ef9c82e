import sys; sys.path.insert(0, "probes")
from mkgold import g
g("kombucha-subscription", "en",
  ["identity", "contact", "account", "financial", "profile", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "business_transfer", "public"], "no",
  ["account_lifetime", "deletion_stated", "legal_requirement"], [60, 2555, 547, 1095],
  ["access", "rectification", "erasure", "portability", "opt_out_sale", "opt_out_marketing", "non_discrimination", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising"],
  ["Shopify", "Square", "UPS", "FedEx", "Klaviyo", "Gorgias", "Yotpo", "Avalara", "Google", "Meta", "Facebook", "TikTok"],
  ["privacy@brightwaterbrew.com"])
g("4wd-accessories-webshop", "en",
  ["identity", "contact", "account", "financial", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime", "as_long_as_necessary"], [1825, 1095, 21],
  ["access", "rectification", "opt_out_marketing", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer", "consent_by_use", "unilateral_changes"],
  ["Shopify", "Australia Post", "StarTrack", "Toll", "Stripe", "PayPal", "Afterpay", "Zip", "Mailchimp", "Intuit Inc.", "Xero", "ARB", "Ironman 4x4", "Google", "Meta", "Facebook", "Instagram"],
  ["privacy@redgumoffroad.com.au"])
g("sklep-pirotechniczny", "pl",
  ["identity", "contact", "account", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal"], "unstated",
  ["legal_requirement", "account_lifetime", "deletion_stated"], [1825, 14],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer", "non_exhaustive"],
  ["Shoper S.A.", "Przelewy24", "PayPro S.A.", "DPD Polska sp. z o.o.", "GetResponse", "Ceneo", "Ceneo.pl sp. z o.o.", "Google", "Meta", "Facebook", "Instagram", "Policja"],
  ["iod@iskrafajerwerki.pl"])
