import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("grillzubehoer-webshop", "de",
  ["identity", "contact", "account", "financial", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "legal_requirement", "fixed_period", "deletion_stated"], [3650, 2190, 14, 1095, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "data_combination", "international_transfer"],
  ["IONOS", "Mollie", "PayPal", "Klarna", "DHL", "DPD Deutschland GmbH", "Dachser SE", "Zendesk", "Brevo", "Trusted Shops", "Steuerkanzlei Vogler & Baum PartGmbB", "Meta", "Facebook", "Finanzamt Nürnberg-Nord"],
  ["datenschutz@glutkiste.de"])
# ---- nl ----
g("rondvaart-tickets", "nl",
  ["identity", "contact", "account", "financial", "profile", "communications", "device", "usage", "location", "cookies"],
  ["service_providers", "legal"], "no",
  ["fixed_period", "legal_requirement", "account_lifetime", "deletion_stated"], [730, 2555, 365, 28, 90],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["third_party_tracking", "international_transfer"],
  ["Adyen", "Recras B.V.", "Trengo", "Mailchimp", "Amazon Web Services", "Nedap", "Google", "Belastingdienst"],
  ["privacy@amstelsloep.nl"])
# ---- da ----
g("elinstallatoer", "da",
  ["identity", "contact", "financial", "user_content", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated"], [182, 1825, 3650, 30],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "cookie_control"],
  ["third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Ordrestyring.dk", "e-conomic", "Microsoft", "Nets", "MobilePay", "one.com", "Google", "Radius Elnet", "TREFOR El-net", "Sikkerhedsstyrelsen", "Tryg Forsikring A/S"],
  ["persondata@fynskel.dk"])
