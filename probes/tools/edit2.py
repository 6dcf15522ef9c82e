"""Round 17d edit 2 (_base.toml, appended only): Norwegian partnership forms ANS and DA. (A "Posten" entry was tried and dropped: round 14d labels «Posten Norge AS» as written, which the known name would shorten.)"""
from pathlib import Path
p = Path("app/policylens/core/lang/_base.toml"); t = p.read_text(encoding="utf-8")
old = '    "HB", "Ab",\n    # limited-liability partnerships (UK, US, India)'
assert t.count('    "HB", "Ab",\n') == 2
# both legal_forms and legal_forms_in_names: Norwegian partnerships (ansvarlig selskap, selskap med delt ansvar)
t = t.replace('    "HB", "Ab",\n', '    "HB", "Ab",\n    # Norwegian partnerships: ansvarlig selskap (ANS), selskap med delt ansvar (DA): "Hardanger Broderi ANS"\n    "ANS", "DA",\n')
p.write_text(t, encoding="utf-8")
