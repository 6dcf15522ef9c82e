import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("ferienwohnung-portal", "de",
  ["identity", "contact", "account", "financial", "communications", "feedback", "profile", "device", "usage", "location", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [1095, 730, 2555, 14, 425, 90, 91],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Stripe", "Amazon Web Services", "Zendesk", "Sendinblue", "Twilio", "Treuhand Kofler & Partner Steuerberatungs GmbH", "Instagram",
   "Tourismusverband Innsbruck", "Google", "Facebook"],
  ["privacy@alpenquartier.at"])
g("reitverein", "de",
  ["identity", "contact", "financial", "sensitive", "device", "usage"],
  ["service_providers", "legal", "public"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated", "indefinite"], [730, 3650, 7, 3],
  ["access", "rectification", "erasure", "restriction", "objection", "withdraw_consent", "complaint"],
  ["indefinite_retention"],
  ["Pferdesportverband Hannover e.V.", "Volksbank Lüneburger Heide eG", "ComMusic GmbH", "Strato", "ARAG", "Finanzamt Lüneburg", "Instagram"],
  ["datenschutz@rfv-heide.de"])
# ---- nl ----
g("taalcursus-app", "nl",
  ["identity", "contact", "account", "financial", "communications", "feedback", "device", "usage"],
  ["service_providers", "advertisers", "legal", "business_transfer"], "no",
  ["account_lifetime", "fixed_period", "legal_requirement", "deletion_stated"], [365, 2555, 182, 730],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "opt_out_marketing", "withdraw_consent", "complaint"],
  ["third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Microsoft", "Speechmatics Ltd.", "Daily.co", "Google", "Customer.io", "Apple", "AppsFlyer"],
  ["fg@praatmaatje.nl"])
# ---- da ----
g("tandlaegeklinik", "da",
  ["identity", "contact", "financial", "sensitive", "cookies"],
  ["service_providers", "legal", "with_consent"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated"], [3650, 1825, 182],
  ["access", "rectification", "erasure", "restriction", "objection", "withdraw_consent", "complaint"],
  ["unilateral_changes"],
  ["Sygeforsikringen danmark", "Silkeborg Dentallaboratorium ApS", "Styrelsen for Patientsikkerhed", "Patienterstatningen",
   "Plandent Software A/S", "GatewayAPI", "Revisionsfirmaet Bech & Holm"],
  ["klinik@tandtorvet.dk"])
