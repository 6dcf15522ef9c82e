import sys; sys.path.insert(0, "probes")
from mkgold import g
g("guitar-lessons-app", "en",
  ["identity", "contact", "account", "social", "profile", "usage", "user_content", "device", "location", "communications", "feedback"],
  ["service_providers", "advertisers", "legal", "business_transfer"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [30, 60, 730, 2555],
  ["access", "rectification", "erasure", "withdraw_consent", "portability", "complaint", "opt_out_marketing"],
  ["international_transfer", "third_party_tracking", "targeted_advertising"],
  ["Paddle", "Amazon Web Services", "RevenueCat", "Google", "Amplitude", "Customer.io", "Help Scout", "Meta", "TikTok"],
  ["privacy@fretwise.app"])
g("wine-club-webshop", "en",
  ["identity", "contact", "financial", "profile", "feedback", "device", "usage", "cookies", "communications"],
  ["service_providers", "legal", "advertisers"], "no",
  ["fixed_period", "legal_requirement", "account_lifetime", "deletion_stated"], [1825, 90, 182, 30],
  ["access", "rectification", "opt_out_marketing", "complaint", "cookie_control"],
  ["international_transfer", "targeted_advertising", "third_party_tracking", "unilateral_changes", "consent_by_use"],
  ["Australia Post", "Sendle", "CouriersPlease", "Stripe", "Signifyd", "Shopify", "Klaviyo", "Liquor & Gaming NSW", "Consumer and Business Services", "Facebook", "Google"],
  ["privacy@cellardoordirect.com.au"])
g("physiotherapy-clinic", "en",
  ["identity", "contact", "sensitive", "financial", "communications", "cookies"],
  ["service_providers", "legal", "with_consent"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated"], [2920, 2190, 2555, 365, 28],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint"],
  ["international_transfer"],
  ["VHI", "Laya Healthcare", "Irish Life Health", "Injuries Resolution Board", "Revenue Commissioners", "Tusla", "An Garda Síochána", "Cliniko", "Red Guava Pty Ltd", "Stripe", "Microsoft"],
  ["dpo@liffeysidephysio.ie"])
g("kwiaciarnia-internetowa", "pl",
  ["identity", "contact", "account", "usage", "device", "communications", "feedback", "user_content", "cookies"],
  ["service_providers", "legal", "advertisers"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated", "account_lifetime"], [1825, 90],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["international_transfer", "third_party_tracking", "targeted_advertising"],
  ["InPost", "DPD Polska sp. z o.o.", "Przelewy24", "PayPro S.A.", "BLIK", "Shoper", "GetResponse", "Biuro Rachunkowe Kalkulus s.c.", "Google", "Meta", "Facebook", "Instagram"],
  ["dane@bukiecik.pl"])
