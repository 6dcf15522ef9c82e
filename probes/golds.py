import sys; sys.path.insert(0, "probes")
from mkgold import g
g("pet-portrait-webshop", "en",
  ["identity", "contact", "user_content", "account", "profile", "communications", "feedback", "device", "location", "usage", "cookies", "financial"],
  ["service_providers", "advertisers", "public", "legal", "business_transfer"], "no",
  ["deletion_stated", "legal_requirement", "fixed_period", "account_lifetime"], [90, 2555, 730],
  ["access", "rectification", "erasure", "portability", "opt_out_sale", "non_discrimination", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "targeted_advertising"],
  ["WP Engine", "Stripe", "PayPal", "Printful", "USPS", "FedEx", "Mailchimp", "Help Scout", "Judge.me", "Google", "Meta", "Facebook", "Pinterest"],
  ["privacy@whiskerandbrush.com"])
g("mobile-tyre-fitting-app", "en",
  ["identity", "contact", "location", "user_content", "account", "financial", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated", "account_lifetime"], [2190, 1, 90, 365, 425],
  ["access", "rectification", "erasure", "restriction", "objection", "opt_out_marketing", "portability", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Bond International", "Microsoft", "Stripe", "Klarna", "Twilio", "Google", "Intercom", "Xero", "DVLA", "HM Revenue & Customs"],
  ["dataprotection@treadright.co.uk"])
g("sklep-wspinaczkowy", "pl",
  ["identity", "contact", "account", "financial", "profile", "communications", "user_content", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["legal_requirement", "account_lifetime", "deletion_stated", "fixed_period"], [1825, 30, 425],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["IAI S.A.", "IdoSell", "PayPro S.A.", "Przelewy24", "PayPo", "InPost", "DHL", "FreshMail", "Fakturownia", "Ceneo.pl sp. z o.o.", "Google", "Meta", "Facebook"],
  ["dane@przewieszka.pl"])
