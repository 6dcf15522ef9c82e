"""The grade: a score from the red flags and good practice, and the reasons for it."""

from __future__ import annotations

from policylens.core import wording as W
from policylens.core.models import Grade, Summary

# grade: start at 100, subtract per red flag by severity, add for good practice
PENALTY = {"high": 15, "medium": 7, "low": 3}
BONUS_NOT_SOLD = 5
BONUS_PERIODS = 5
BONUS_RIGHTS = 5  # when 6 or more rights are stated
LETTERS = ((90, "A"), (75, "B"), (60, "C"), (40, "D"), (0, "E"))


def make_grade(s: Summary, unsupported: bool = False) -> Grade:
    """Score = 100 − 15 per high, 7 per medium, 3 per low red flag, + 5 for saying data is not
    sold, + 5 for concrete retention periods, + 5 for six or more rights; the bonuses win back at
    most half of what the red flags cost (a policy with red flags never scores 100); 0 at least.
    A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E."""
    reasons = [W.message("grade", W.GRADE_REASONS["start"])]
    score = 100
    if unsupported:
        return Grade(letter="C", score=50, reasons=[], reason_messages=[])
    for f in s.red_flags:
        pts = PENALTY[f.severity]
        score -= pts
        reasons.append(
            W.message(
                "grade",
                W.GRADE_REASONS["flag"],
                title=f.title,
                severity=W.english(W.SEVERITY_WORDS[f.severity]),
                points=pts,
            )
        )
        reasons[-1].args["flag"] = f.id
    if s.sells_data == "no":
        score += BONUS_NOT_SOLD
        reasons.append(W.message("grade", W.GRADE_REASONS["not_sold"], points=BONUS_NOT_SOLD))
    if s.retention.periods:
        score += BONUS_PERIODS
        reasons.append(W.message("grade", W.GRADE_REASONS["periods"], points=BONUS_PERIODS))
    if len(s.rights) >= 6:
        score += BONUS_RIGHTS
        reasons.append(W.message("grade", W.GRADE_REASONS["rights"], n=len(s.rights), points=BONUS_RIGHTS))
    # good practice wins back at most half of what the red flags cost
    penalties = sum(PENALTY[f.severity] for f in s.red_flags)
    score = max(0, min(100 - penalties // 2, score))
    letter = next(letter for threshold, letter in LETTERS if score >= threshold)
    return Grade(letter=letter, score=score, reasons=[r.text for r in reasons], reason_messages=reasons)  # type: ignore[arg-type]
