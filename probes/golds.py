import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("kochbox-abo", "de",
  ["identity", "contact", "account", "financial", "sensitive", "profile", "device", "usage", "feedback", "user_content", "communications", "cookies"],
  ["service_providers", "affiliates", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [30, 3650, 2190, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint"],
  ["targeted_advertising", "third_party_tracking", "international_transfer"],
  ["Amazon Web Services", "Adyen", "PayPal", "DHL", "Frischeflitzer Logistik GmbH", "Zendesk", "Braze", "EOS Deutschland GmbH",
   "Finanzamt Berlin-Mitte", "Kochfreunde Austria GmbH", "Google", "Facebook", "Instagram", "TikTok"],
  ["datenschutz@kochfreunde.de"])
g("studierendenwerk", "de",
  ["identity", "contact", "financial", "sensitive", "cookies"],
  ["service_providers", "affiliates", "legal"], "unstated",
  ["deletion_stated", "fixed_period"], [3, 1095, 3650, 1825, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint"],
  [],
  ["Stadt Bayreuth", "Studentenwerk Service GmbH", "AKDB", "Payone GmbH", "Bayerischer Oberster Rechnungshof"],
  ["dsb@studierendenwerk-oberfranken.de"])
# ---- nl ----
g("camperverhuur-platform", "nl",
  ["identity", "contact", "account", "financial", "communications", "user_content", "feedback", "device", "usage", "location", "cookies", "profile"],
  ["service_providers", "advertisers", "legal", "public"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [30, 2555, 1095, 395, 91, 182],
  ["access", "rectification", "erasure", "objection", "opt_out_marketing", "portability", "restriction", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes"],
  ["Onfido", "Stripe", "AG Insurance NV", "Touring", "Google", "Brevo", "FOD Financiën", "Meta", "Facebook", "Instagram", "HubSpot"],
  ["privacy@campervrij.be"])
# ---- da ----
g("kunstmuseum", "da",
  ["identity", "contact", "account", "financial", "sensitive", "cookies"],
  ["service_providers", "legal", "public"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement", "as_long_as_necessary"], [365, 91, 30, 1825],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "opt_out_marketing", "cookie_control"],
  ["international_transfer", "third_party_tracking"],
  ["Nets", "Billetto ApS", "Shopify", "PostNord", "GLS", "Mailchimp", "Nordjyllands Politi", "Skattestyrelsen",
   "Revisionsfirmaet Brøndum & Kjær I/S", "Google", "Facebook", "Instagram"],
  ["persondata@vkm.dk"])
