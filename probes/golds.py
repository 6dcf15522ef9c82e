import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("vereinssoftware", "de",
  ["identity", "contact", "account", "financial", "user_content", "communications", "device", "usage", "cookies"],
  ["service_providers", "legal", "business_transfer"], "no",
  ["account_lifetime", "fixed_period", "deletion_stated", "legal_requirement"], [60, 30, 3650, 730, 14],
  ["access", "rectification", "erasure", "objection", "portability", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["international_transfer"],
  ["Infomaniak", "Datatrans AG", "Mailjet", "Zendesk", "Treuhand Muff & Partner AG", "Eidgenössische Steuerverwaltung"],
  ["datenschutz@vereinsplaner.ch", "hilfe@vereinsplaner.ch"])
g("orthopaedieschuhtechnik", "de",
  ["identity", "contact", "sensitive", "financial", "device", "usage"],
  ["service_providers", "legal", "with_consent"], "no",
  ["legal_requirement", "fixed_period", "deletion_stated"], [3650, 182, 91, 7],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint"],
  [],
  ["Doctolib", "opta data Abrechnungs GmbH", "Medizinischer Dienst", "Schaftmanufaktur Heyden GmbH & Co. KG", "Kettler & Sohn", "IONOS"],
  ["info@schuhtechnik-bruenig.de"])
# ---- nl ----
g("kledingreparatie-app", "nl",
  ["identity", "contact", "account", "user_content", "financial", "device", "usage", "location", "feedback", "communications", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "fixed_period", "deletion_stated", "legal_requirement"], [730, 90, 2555, 365, 395, 91],
  ["access", "rectification", "erasure", "restriction", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Bringr", "bpost", "Mollie", "Amazon Web Services", "Google", "Intercom", "Mailchimp", "Fiduciaire Verhaeghe BV",
   "Meta", "TikTok", "FOD Financiën"],
  ["privacy@naaidoos.be"])
# ---- da ----
g("trailerudlejning", "da",
  ["identity", "contact", "account", "location", "user_content", "financial", "device", "usage", "cookies"],
  ["service_providers", "legal", "advertisers"], "no",
  ["deletion_stated", "fixed_period", "legal_requirement", "account_lifetime"], [1, 30, 1825, 1095],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking"],
  ["Microsoft", "Nets", "MobilePay", "Criipto", "Telematics Nord A/S", "Zendesk", "Rackbeat", "Kristensen Revision", "Codan",
   "Google", "Facebook", "Instagram"],
  ["privatliv@trailernu.dk"])
