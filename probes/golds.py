import sys; sys.path.insert(0, "probes")
from mkgold import g
g("candle-webshop", "en",
  ["identity", "contact", "account", "profile", "user_content", "feedback", "communications", "financial", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "public", "legal", "business_transfer"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [2555, 90, 730],
  ["access", "rectification", "erasure", "portability", "opt_out_sale", "opt_out_marketing", "cookie_control", "non_discrimination", "complaint"],
  ["third_party_tracking", "targeted_advertising", "consent_by_use", "unilateral_changes"],
  ["Shopify", "Stripe", "PayPal", "Afterpay", "UPS", "USPS", "Avalara", "Klaviyo", "Attentive", "Yotpo",
   "Google", "Meta", "Facebook", "Instagram", "Pinterest"],
  ["privacy@emberlinecandle.com"])
g("dog-grooming-app", "en",
  ["identity", "contact", "account", "user_content", "location", "financial", "feedback", "communications", "device", "usage", "cookies"],
  ["service_providers", "legal", "business_transfer"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [730, 1095, 2190, 365, 426, 30],
  ["access", "rectification", "erasure", "restriction", "objection", "opt_out_marketing", "portability", "withdraw_consent", "complaint"],
  ["international_transfer", "third_party_tracking"],
  ["Apple", "Google", "Stripe", "Revenue Commissioners", "Amazon Web Services", "Twilio", "Intercom", "Mixpanel",
   "Mailchimp", "Xero", "An Garda Síochána"],
  ["dpo@groomly.ie"])
g("wypozyczalnia-kajakow", "pl",
  ["identity", "contact", "financial", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal", "advertisers", "public"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [1095, 1825, 14, 365],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer", "non_exhaustive"],
  ["Bookero sp. z o.o.", "PayU", "nazwa.pl", "MailerLite", "Compensa Towarzystwo Ubezpieczeń S.A. Vienna Insurance Group", "Google", "Meta", "Facebook", "Instagram",
   "Policja", "Państwowa Straż Pożarna", "Mazurska Służba Ratownicza"],
  ["rodo@krutynia-splywy.pl"])
