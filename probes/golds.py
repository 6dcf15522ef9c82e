import sys; sys.path.insert(0, "probes")
from mkgold import g
g("family-history-site", "en",
  ["identity", "contact", "account", "profile", "user_content", "financial", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal", "business_transfer", "public"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [30, 2190, 547, 90, 1825],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["international_transfer", "third_party_tracking"],
  ["Microsoft", "Adyen", "Intercom", "Brevo", "Heirloom Print Studio Ltd", "An Garda Síochána", "Revenue Commissioners", "Google"],
  ["dpo@rootsandrecords.ie"])
g("share-trading-app", "en",
  ["identity", "contact", "financial", "account", "profile", "device", "usage", "location", "communications", "cookies"],
  ["service_providers", "legal", "advertisers"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated"], [2555, 730],
  ["access", "rectification", "opt_out_marketing", "complaint"],
  ["international_transfer", "targeted_advertising", "third_party_tracking", "unilateral_changes", "consent_by_use"],
  ["Apex Clearing Australia Pty Ltd", "Equifax", "Amazon Web Services", "Twilio", "Mixpanel", "Australian Taxation Office", "AUSTRAC", "ASIC", "Facebook", "Google"],
  ["privacy@tradewise.com.au"])
g("architecture-practice", "en",
  ["identity", "contact", "financial", "sensitive", "communications", "user_content", "cookies"],
  ["legal", "service_providers"], "no",
  ["as_long_as_necessary", "legal_requirement", "fixed_period", "deletion_stated"], [5475, 1825, 30, 182, 365],
  ["access", "rectification", "withdraw_consent", "complaint", "opt_out_marketing"],
  ["international_transfer", "unilateral_changes"],
  ["Building and Construction Authority", "Urban Redevelopment Authority", "Singapore Civil Defence Force", "Autodesk", "Dropbox", "Xero"],
  ["dpo@limtan-architects.sg"])
g("catering-dietetyczny", "pl",
  ["identity", "contact", "sensitive", "account", "profile", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal", "advertisers"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [365, 1825, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "cookie_control"],
  ["international_transfer", "third_party_tracking", "targeted_advertising"],
  ["Kurierzy Miejscy Trans-Box sp. z o.o.", "DPD", "Przelewy24", "PayPro S.A.", "GetResponse", "Google", "Bilans Plus s.c.", "Facebook"],
  ["iod@fitpudelko.pl"])
