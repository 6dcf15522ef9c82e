"""Round 13d (6): audit logs of who opened a record, and SMS logs, are no usage of the service (sv, no; as fi's rule)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add

add("sv", "collected.usage", "unless", ["(vem|vilka) (som )?(har )?(öppnat|läst|tittat i|tagit del av|haft åtkomst till)"])
add("sv", "collected.usage", "counter_examples", ["Loggarna visar vem som har läst journalen och sparas i tio år."])
add("no", "collected.usage", "unless", ["(hvem|hvilke) (som )?(har )?(hatt tilgang til|åpnet|lest|sett i)", "bruk av journalsystemet"])
add("no", "collected.usage", "unless_part_of", ["(SMS|sms)-logg*"])
add("no", "collected.usage", "counter_examples", ["All bruk av journalsystemet logges og kontrolleres.", "SMS-logger slettes etter ett år."])
# (edit 7, by hand in sv.toml): a second `collected.usage` rule for cookie sentences: an analytics tool that
# "visar/mäter hur besökare rör sig/navigerar/använder" the site (requires cookies, sentence scope)
