import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("teeversand-webshop", "de",
  ["identity", "contact", "account", "financial", "communications", "profile", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["as_long_as_necessary", "legal_requirement", "fixed_period", "account_lifetime", "deletion_stated"], [3650, 2190, 730, 14],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["IONOS", "Usercentrics", "PayPal", "Unzer GmbH", "Amazon", "SCHUFA", "DHL", "Hermes", "Freshdesk", "Freshworks", "Trustpilot",
   "CleverReach GmbH & Co. KG", "Google", "Steuerkanzlei Brandt & Partner", "Finanzamt Lüneburg"],
  ["service@teekontor-stint.de", "datenschutz@teekontor-stint.de"])
# ---- nl ----
g("fietsverzekering", "nl",
  ["identity", "contact", "financial", "sensitive", "user_content", "location", "communications", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal"], "no",
  ["account_lifetime", "legal_requirement", "fixed_period", "deletion_stated"], [2555, 2920, 91, 30],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Nationale-Nederlanden", "Stichting CIS", "Stichting Aanpak Voertuigcriminaliteit", "Microsoft", "Adyen", "Zendesk", "Spotler",
   "Google", "Piwik PRO", "Meta", "Facebook", "Belastingdienst", "De Nederlandsche Bank", "AFM"],
  ["privacy@trapvast.nl", "klantenservice@trapvast.nl"])
# ---- da ----
g("braetspilscafe-app", "da",
  ["identity", "contact", "account", "financial", "profile", "communications", "location", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public", "business_transfer"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [1825, 730, 365, 182, 30],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer", "non_exhaustive"],
  ["Frisbii", "Vipps MobilePay", "Amazon Web Services", "Heyloyalty", "OneSignal", "Twilio", "e-conomic", "Google",
   "Cookiebot", "Facebook", "Skattestyrelsen"],
  ["privatliv@terningen.dk", "hej@terningen.dk"])
