import sys; sys.path.insert(0, "probes")
from mkgold import g
g("plant-id-app", "en",
  ["identity", "contact", "account", "financial", "user_content", "profile", "location", "device", "usage", "cookies", "communications", "feedback"],
  ["service_providers", "legal", "business_transfer", "public"], "no",
  ["account_lifetime", "deletion_stated", "fixed_period", "legal_requirement"], [30, 60, 730, 2555],
  ["access", "rectification", "erasure", "portability", "opt_out_sale", "opt_out_marketing", "non_discrimination", "complaint", "cookie_control"],
  ["deidentified_commercial_use", "third_party_tracking"],
  ["Amazon Web Services", "Stripe", "RevenueCat", "Google", "Mapbox", "Mailchimp", "Zendesk"],
  ["privacy@leafwise.app"])
g("gin-distillery-webshop", "en",
  ["identity", "contact", "financial", "account", "sensitive", "communications", "feedback", "device", "usage", "cookies"],
  ["service_providers", "legal", "advertisers", "business_transfer"], "no",
  ["fixed_period", "legal_requirement", "account_lifetime", "deletion_stated"], [2190, 365, 31, 730],
  ["access", "rectification", "erasure", "restriction", "objection", "opt_out_marketing", "portability", "withdraw_consent", "complaint", "cookie_control"],
  ["international_transfer", "third_party_tracking", "targeted_advertising"],
  ["Stripe", "PayPal", "Klarna", "Royal Mail", "DPD", "Krystal Hosting Ltd", "Dotdigital", "Resova", "Sage", "Trustpilot", "Google", "Meta", "Facebook", "Instagram", "HMRC", "North Warwickshire Borough Council"],
  ["dataprotection@hartshillstill.co.uk"])
g("biuro-geodezyjne", "pl",
  ["identity", "contact", "financial", "user_content", "communications", "device", "usage", "cookies"],
  ["legal", "service_providers"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated", "account_lifetime"], [3650, 1825, 182, 730],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "complaint", "cookie_control"],
  ["international_transfer", "unilateral_changes"],
  ["Starosta Rzeszowski", "Powiatowy Ośrodek Dokumentacji Geodezyjnej i Kartograficznej w Rzeszowie", "Poczta Polska", "Microsoft", "OVHcloud", "iFirma", "PayU"],
  ["dane.osobowe@geokreska.pl"])
