import sys; sys.path.insert(0, "probes")
from mkgold import g
g("pet-insurance", "en",
  ["identity", "contact", "financial", "communications", "user_content", "device", "usage", "feedback", "cookies"],
  ["service_providers", "legal", "business_transfer", "with_consent"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated"], [90, 2555, 365],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["international_transfer", "third_party_tracking", "unilateral_changes"],
  ["Stripe", "Crawford & Company (Ireland) Limited", "Munich Re", "Microsoft", "Salesforce", "Twilio", "Insurance Ireland", "Revenue Commissioners", "An Garda Síochána", "Google"],
  ["dpo@tailwag.ie"])
g("parcel-locker-app", "en",
  ["identity", "contact", "account", "financial", "location", "device", "usage", "communications", "feedback", "cookies"],
  ["service_providers", "affiliates", "legal"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [365, 730, 60, 2555],
  ["access", "rectification", "complaint", "opt_out_marketing", "cookie_control"],
  ["international_transfer", "third_party_tracking", "data_combination", "unilateral_changes", "consent_by_use"],
  ["Adyen", "Australia Post", "StarTrack", "CouriersPlease", "Aramex", "ParcelPod NZ Limited", "Amazon Web Services", "Zendesk", "Braze", "Victoria Police", "NSW Police Force", "Google"],
  ["privacy@parcelpod.com.au"])
g("driving-school", "en",
  ["identity", "contact", "sensitive", "location", "usage", "cookies"],
  ["legal", "service_providers", "advertisers"], "no",
  ["fixed_period", "deletion_stated", "legal_requirement"], [1095, 30, 1825],
  ["access", "rectification", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["international_transfer", "third_party_tracking", "unilateral_changes"],
  ["Traffic Police", "Singapore Police Force", "Income Insurance Limited", "SingPass", "Schoolpro Systems Pte Ltd", "Google", "2C2P", "Facebook"],
  ["dpo@lioncitydriving.sg"])
g("sklep-optyczny", "pl",
  ["identity", "contact", "account", "sensitive", "profile", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal", "advertisers"], "no",
  ["account_lifetime", "fixed_period"], [1825, 730, 91],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["international_transfer", "third_party_tracking", "targeted_advertising", "non_exhaustive"],
  ["InPost", "DPD Polska sp. z o.o.", "Przelewy24", "PayPro S.A.", "Shoper S.A.", "GetResponse", "Optiwerk sp. z o.o.", "Google", "Facebook", "Meta"],
  ["iod@okolux.pl"])
