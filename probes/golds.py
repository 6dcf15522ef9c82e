import sys; sys.path.insert(0, "probes")
from mkgold import g
g("karaoke-app", "en",
  ["identity", "contact", "account", "profile", "user_content", "communications", "financial", "device", "usage", "location", "cookies"],
  ["public", "service_providers", "advertisers", "legal", "business_transfer"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [547, 2555, 90, 30, 35],
  ["access", "portability", "rectification", "erasure", "opt_out_sale", "opt_out_marketing", "cookie_control", "non_discrimination", "complaint"],
  ["third_party_tracking", "targeted_advertising"],
  ["Apple", "Google", "Stripe", "Amazon Web Services", "Braze", "Zendesk", "Sentry", "AppLovin"],
  ["privacy@singspot.fm"])
g("hot-tub-hire", "en",
  ["identity", "contact", "user_content", "financial", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "business_transfer"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [2190, 90, 30, 425],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Trustpilot", "Stripe", "PayPal", "Klarna", "Bookeo", "Mailchimp", "Textlocal", "Xero", "Harwood & Pike LLP", "Google", "Meta", "Facebook", "Instagram", "Hiscox"],
  ["privacy@soakaway-hire.co.uk"])
g("pralnia-dywanow", "pl",
  ["identity", "contact", "account", "financial", "user_content", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [1825, 1095, 365, 60],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["home.pl", "PayPro S.A.", "Przelewy24", "SMSAPI", "FreshMail", "Biuro Rachunkowe Saldo s.c.", "DPD Polska sp. z o.o.", "Google", "Meta", "Facebook", "Instagram", "Policja"],
  ["rodo@puchok.pl"])
