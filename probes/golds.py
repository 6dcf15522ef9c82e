import sys; sys.path.insert(0, "probes")
from mkgold import g
g("mobile-notary-app", "en",
  ["identity", "contact", "account", "user_content", "communications", "device", "usage", "location", "cookies", "financial"],
  ["service_providers", "legal", "business_transfer"], "no",
  ["legal_requirement", "deletion_stated", "fixed_period", "account_lifetime"], [1825, 30, 2555, 60, 730],
  ["access", "rectification", "erasure", "portability", "opt_out_sale", "non_discrimination", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking"],
  ["Persona", "Stripe", "Amazon Web Services", "Twilio", "Zendesk", "Google", "Mixpanel", "Texas Secretary of State"],
  ["privacy@notarynow.app"])
g("reptile-supplies-webshop", "en",
  ["identity", "contact", "financial", "account", "profile", "communications", "user_content", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal", "business_transfer", "advertisers"], "no",
  ["legal_requirement", "deletion_stated", "fixed_period", "account_lifetime"], [1825, 90, 730],
  ["access", "rectification", "erasure", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer", "unilateral_changes"],
  ["Shopify", "Stripe", "PayPal", "Afterpay", "Australia Post", "Sendle", "Live Animal Couriers", "Klaviyo", "Gorgias",
   "Queensland Department of Environment, Science and Innovation", "Google", "Meta", "Facebook", "Instagram"],
  ["privacy@scalesandtails.com.au"])
g("skup-zlomu", "pl",
  ["identity", "contact", "financial", "user_content", "communications", "device", "usage", "cookies", "location"],
  ["service_providers", "legal"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated", "account_lifetime"], [1825, 30, 182],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["BDO", "Centralna Ewidencja Pojazdów", "Policja", "Wojewódzki Inspektor Ochrony Środowiska", "home.pl", "SMSAPI",
   "LINK Mobility", "Comarch", "Securitas Polska sp. z o.o.", "Google", "PKO Bank Polski S.A."],
  ["rodo@stalmet-recykling.pl"])
