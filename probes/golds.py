import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("rebstock-patenschaft-shop", "de",
  ["identity", "contact", "account", "financial", "communications", "profile", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal", "advertisers", "public"], "no",
  ["fixed_period", "deletion_stated", "account_lifetime", "legal_requirement"], [3650, 2190, 1095, 14],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Unzer GmbH", "PayPal", "Mittwald CM Service GmbH & Co. KG", "DHL", "CleverReach GmbH & Co. KG", "Steuerkanzlei Mertes & Thul PartG mbB", "Finanzamt Bernkastel-Wittlich",
   "Google", "Meta", "Facebook"],
  ["paten@rebpate-kesselring.de", "datenschutz@rebpate-kesselring.de"])
# ---- nl ----
g("fietsenstalling-app", "nl",
  ["identity", "contact", "account", "usage", "location", "financial", "device", "communications", "cookies"],
  ["service_providers", "legal"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [2555, 365, 180, 90, 30],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint"],
  ["international_transfer"],
  ["Amazon Web Services", "Mollie", "Google", "Firebase", "Freshworks", "Freshdesk", "Gemeente Utrecht"],
  ["privacy@stalplek.nl", "support@stalplek.nl"])
# ---- da ----
g("kunstforening", "da",
  ["identity", "contact", "account", "financial", "sensitive", "communications", "profile", "device", "usage", "cookies"],
  ["service_providers", "legal", "public"], "unstated",
  ["account_lifetime", "fixed_period", "deletion_stated", "legal_requirement", "indefinite", "as_long_as_necessary"], [1825, 365],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "international_transfer", "indefinite_retention"],
  ["Conventus", "Nets", "MobilePay", "one.com", "Ungapped", "Glostrup Tryk ApS", "PostNord", "Cookiebot", "Google"],
  ["kasserer@kunstvestegnen.dk", "kontakt@kunstvestegnen.dk"])
