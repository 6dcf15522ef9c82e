import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("brautmode-webshop", "de",
  ["identity", "contact", "account", "financial", "profile", "user_content", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["fixed_period", "deletion_stated", "legal_requirement", "account_lifetime", "as_long_as_necessary"], [7, 3650, 182],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "data_combination", "international_transfer", "unilateral_changes"],
  ["Shopify", "PayPal", "Klarna", "Stripe", "DHL", "Hülsmann & Söhne", "Maßschneiderei Cordula Vennemann", "Calendly",
   "Overbeck Steuerberatungsgesellschaft mbH", "Finanzamt Münster-Innenstadt", "Klaviyo", "Google", "Meta", "Facebook", "Instagram", "Pinterest"],
  ["privatsphaere@weisser-faden.de"])
g("skischule", "de",
  ["identity", "contact", "financial", "sensitive", "device"],
  ["service_providers", "legal", "public", "with_consent"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated"], [3650, 14, 60],
  ["access", "rectification", "erasure", "portability", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["international_transfer", "unilateral_changes"],
  ["Datatrans AG", "Sportbooking Software GmbH", "Mailchimp", "Caduff & Partner", "Kantonspolizei Graubünden", "Hostpoint AG", "Instagram"],
  ["datenschutz@schneesport-rothorn.ch"])
# ---- nl ----
g("sanitair-webshop", "nl",
  ["identity", "contact", "account", "financial", "profile", "user_content", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["fixed_period", "legal_requirement", "account_lifetime", "deletion_stated"], [2555, 730, 365, 395, 91],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Mollie", "Riverty", "PostNL", "Van der Heijden Transport B.V.", "Zendesk", "Kiyoh", "TransIP B.V.", "Van Rooij Accountants",
   "Belastingdienst", "Google", "Meta", "Facebook"],
  ["privacy@badkamerdirect.nl"])
g("dierencrematorium", "nl",
  ["identity", "contact", "financial", "user_content", "cookies"],
  ["service_providers", "legal", "public", "with_consent"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated"], [1825, 2555],
  ["access", "rectification", "erasure", "objection", "complaint"],
  [],
  ["DogID", "CatID", "Departement Omgeving", "Fiduciaire Mertens & Co", "Petrix NV", "FOD Financiën"],
  ["info@lindehoeve-crematorium.be"])
# ---- da ----
g("billeasing", "da",
  ["identity", "contact", "financial", "user_content", "cookies"],
  ["service_providers", "advertisers", "legal", "business_transfer"], "no",
  ["fixed_period", "legal_requirement", "account_lifetime", "deletion_stated"], [182, 1825, 365],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "cookie_control", "opt_out_marketing"],
  ["third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Signicat", "Experian", "Motorstyrelsen", "Tryg Forsikring A/S", "Bilflyt Danmark", "Nets", "Microsoft", "Salesforce", "Google", "LinkedIn"],
  ["dpo@korfri.dk"])
g("fjernvarmevaerk", "da",
  ["identity", "contact", "financial", "cookies"],
  ["service_providers", "legal"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated"], [1825, 1095],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "complaint"],
  [],
  ["EG Utility", "Kamstrup A/S", "e-Boks", "Nets", "Thy Data ApS", "Gældsstyrelsen", "Struer Kommune", "Beierholm"],
  ["kontor@hvidbjerg-fjernvarme.dk"])
