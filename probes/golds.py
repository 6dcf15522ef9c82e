import sys; sys.path.insert(0, "probes")
from mkgold import g
# ---- de ----
g("kameraverleih", "de",
  ["identity", "contact", "account", "financial", "profile", "communications", "device", "usage", "cookies"],
  ["service_providers", "legal", "advertisers"], "no",
  ["account_lifetime", "fixed_period", "deletion_stated", "legal_requirement"], [30, 3650, 365, 60],
  ["access", "rectification", "erasure", "portability", "objection", "opt_out_marketing", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "unilateral_changes"],
  ["PXL Vision AG", "Datatrans AG", "Schweizerische Post", "Shopware", "Exoscale", "Mailchimp", "Zendesk",
   "Helvetia Versicherungen", "Kantonspolizei Zürich", "Intrum", "Google", "Facebook", "Instagram"],
  ["privacy@objektiv-co.ch", "mieten@objektiv-co.ch"])
g("schuldnerberatung", "de",
  ["identity", "contact", "financial", "sensitive", "communications", "device", "usage"],
  ["with_consent", "service_providers"], "no",
  ["fixed_period", "deletion_stated"], [2555, 1095, 182, 14],
  ["access", "rectification", "erasure", "restriction", "objection", "withdraw_consent", "complaint"],
  [],
  ["Sozialsoft IT-Dienstleistungs GmbH", "KSV1870"],
  ["office@schuldnerberatung-stmk.at", "datenschutz@schuldnerberatung-stmk.at"])
# ---- nl ----
g("zorgverzekeraar", "nl",
  ["identity", "contact", "financial", "sensitive", "account", "device", "usage", "communications", "feedback", "cookies"],
  ["service_providers", "legal"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated"], [91, 2555, 5475, 2920],
  ["access", "rectification", "erasure", "portability", "objection", "opt_out_marketing", "withdraw_consent", "complaint"],
  [],
  ["Vecozo", "Quion Zorgdiensten B.V.", "Microsoft", "Salesforce", "Zorginstituut Nederland", "CAK", "Belastingdienst",
   "Centrum Bestrijding Verzekeringsfraude", "Piwik PRO"],
  ["fg@lindenhofzorg.nl", "klantenservice@lindenhofzorg.nl"])
g("concertzaal", "nl",
  ["identity", "contact", "financial", "account", "profile", "sensitive", "device", "usage", "cookies"],
  ["service_providers", "public", "legal", "advertisers"], "no",
  ["fixed_period", "deletion_stated", "legal_requirement", "account_lifetime"], [30, 426, 2555, 1095, 1825],
  ["access", "rectification", "erasure", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint", "cookie_control"],
  ["targeted_advertising", "third_party_tracking", "unilateral_changes"],
  ["Eventix B.V.", "Mollie", "Flexmail", "Stad Gent", "Politiezone Gent", "Google", "Facebook", "TikTok", "Instagram"],
  ["privacy@koperenketel.be"])
# ---- da ----
g("laanesammenligning", "da",
  ["identity", "contact", "financial", "device", "usage", "cookies"],
  ["with_consent", "service_providers", "legal", "business_transfer", "advertisers"], "no",
  ["fixed_period", "legal_requirement", "deletion_stated"], [365, 1825, 791],
  ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent", "opt_out_marketing", "complaint"],
  ["targeted_advertising", "third_party_tracking", "international_transfer", "non_exhaustive"],
  ["Danske Bank", "Nordea Finans", "Resurs Bank", "Bank Norwegian", "Signicat", "Amazon Web Services", "HubSpot",
   "Kvist & Jensen Statsautoriseret Revisionspartnerselskab", "Finanstilsynet", "Google", "Meta", "Adtraction"],
  ["databeskyttelse@laanetjek.dk"])
g("kor", "da",
  ["identity", "contact", "financial", "sensitive", "communications", "cookies"],
  ["service_providers", "public", "legal", "with_consent"], "no",
  ["fixed_period", "deletion_stated", "indefinite"], [365, 1825],
  ["access", "rectification", "erasure", "withdraw_consent", "opt_out_marketing", "complaint"],
  ["indefinite_retention"],
  ["Conventus", "Google", "Facebook", "Musikrejser A/S", "Skattestyrelsen", "Danløn", "one.com", "MailerLite"],
  ["kasserer@cantilena-kor.dk", "formand@cantilena-kor.dk"])
