import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("kletterschuh-resohlung", "de",
  ["identity", "contact", "account", "financial", "communications", "user_content", "profile", "device", "usage", "cookies"],
  ["service_providers", "legal", "with_consent"], "no",
  ["as_long_as_necessary", "account_lifetime", "fixed_period", "deletion_stated", "legal_requirement"], [730, 14, 426, 182, 3650, 2190],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Mollie", "PayPal", "DHL", "CleverReach", "CleverReach GmbH & Co. KG", "IONOS", "Usercentrics", "Google", "Finanzamt Kempten", "Kanzlei Brutscher & Haug Steuerberater PartG mbB"],
  ["werkstatt@sohlenwerk-allgaeu.de", "datenschutz@sohlenwerk-allgaeu.de"])
# ---- nl ----
g("drop-webshop", "nl",
  ["identity", "contact", "account", "financial", "communications", "profile", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public", "with_consent"], "no",
  ["legal_requirement", "account_lifetime", "fixed_period", "deletion_stated"], [2555, 365, 30, 90],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "targeted_advertising", "international_transfer"],
  ["Lightspeed", "Mollie", "Riverty", "Sendcloud", "PostNL", "Spotler", "Kiyoh", "Moneybird", "Belastingdienst", "Meta", "Facebook"],
  ["privacy@dropwinkelzwolle.nl", "klantenservice@dropwinkelzwolle.nl"])
# ---- da ----
g("veteranbilklub", "da",
  ["identity", "contact", "financial", "profile", "cookies"],
  ["service_providers", "legal", "public", "with_consent"], "no",
  ["account_lifetime", "fixed_period", "deletion_stated", "legal_requirement", "indefinite"], [365, 1825, 91],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint"],
  ["indefinite_retention"],
  ["ForeningLet", "one.com", "Lemvig Bogtryk ApS", "PostNord", "Topdanmark", "Sparekassen Kronjylland", "Midt- og Vestjyllands Politi", "Ringkøbing-Skjern Kommune", "Facebook"],
  ["kasserer@veteranbil-vestjylland.dk", "formand@veteranbil-vestjylland.dk"])
