import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("kontaktlinsen-abo", "de",
  ["identity", "contact", "account", "financial", "sensitive", "user_content", "profile", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "with_consent"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated", "account_lifetime"], [2555, 365, 30, 182, 395, 90],
  ["access", "rectification", "erasure", "restriction", "objection", "portability", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Adyen", "Klarna", "Hetzner", "Google", "Meta", "Facebook", "Instagram", "Brevo", "Österreichische Post AG", "DHL", "Freshdesk",
   "Kanzlei Mayrhofer Steuerberatung GmbH", "Finanzamt Österreich"],
  ["datenschutz@linsenklar.at"])
g("tafel", "de",
  ["identity", "contact", "financial", "sensitive", "device"],
  ["service_providers", "legal", "public", "with_consent"], "unstated",
  ["fixed_period", "legal_requirement", "deletion_stated"], [365, 91, 3650, 7],
  ["access", "rectification", "erasure", "restriction", "objection", "withdraw_consent", "complaint", "opt_out_marketing"],
  [],
  ["Gesundheitsamt der Bundesstadt Bonn", "Teamwork Software GmbH", "Threema", "Sparkasse KölnBonn", "IONOS", "Fundraisingbox",
   "Finanzamt Bonn-Innenstadt", "Facebook"],
  ["datenschutz@tafel-rheinaue.de"])
# ---- nl ----
g("online-drukkerij", "nl",
  ["identity", "contact", "account", "financial", "user_content", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["fixed_period", "deletion_stated", "account_lifetime", "legal_requirement"], [90, 3650, 730, 1095],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Mollie", "bpost", "DPD", "Combell", "Mailchimp", "Vandeputte Grafische Bedrijven NV", "Accountantskantoor De Clercq", "Trustpilot",
   "FOD Financiën", "Google", "LinkedIn"],
  ["privacy@drukpunt.be"])
# ---- da ----
g("musikskole", "da",
  ["identity", "contact", "financial", "sensitive", "cookies"],
  ["service_providers", "legal", "public", "with_consent"], "unstated",
  ["fixed_period", "deletion_stated", "account_lifetime", "legal_requirement", "indefinite"], [730, 1825],
  ["access", "rectification", "erasure", "restriction", "objection", "withdraw_consent", "complaint", "cookie_control"],
  ["unilateral_changes", "indefinite_retention"],
  ["Speedadmin ApS", "Nets", "Gældsstyrelsen", "KMD", "e-Boks", "Siteimprove", "Facebook", "Odsherred Lokalarkiv"],
  ["dpo@odsherred.dk", "musikskolen@odsherred.dk"])
