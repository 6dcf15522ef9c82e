"""The grade: a score from the red flags and good practice, with the reasons as data.

Score = 100 − 15 per high, 7 per medium, 3 per low red flag, + 5 for saying data is not sold,
+ 5 for concrete retention periods, + 5 for six or more rights; the bonuses win back at most half
of what the red flags cost (a policy with red flags never scores 100); 0 at least.
A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E. The presenter (:mod:`policylens.render`) words the
reasons."""

from __future__ import annotations

from policylens.core.models import Grade, GradeStatus, Reason, Summary

PENALTY = {"high": 15, "medium": 7, "low": 3}
BONUS_NOT_SOLD = 5
BONUS_PERIODS = 5
BONUS_RIGHTS = 5  # when MIN_RIGHTS or more rights are stated
MIN_RIGHTS = 6
LETTERS = ((90, "A"), (75, "B"), (60, "C"), (40, "D"), (0, "E"))


def not_graded(status: GradeStatus) -> Grade:
    """A grade that gives no letter: ``unsupported_language``, ``not_a_policy``, ``not_enough``."""
    return Grade(status=status)


def reasons(s: Summary) -> list[Reason]:
    """What the score is made of, in order: each red flag, then each bonus."""
    out = [
        Reason(kind="flag", points=-PENALTY[f.severity], flag=f.id, severity=f.severity) for f in s.red_flags
    ]
    if s.sale.value == "no":
        out.append(Reason(kind="not_sold", points=BONUS_NOT_SOLD))
    if s.retention.periods:
        out.append(Reason(kind="periods", points=BONUS_PERIODS))
    if len(s.rights) >= MIN_RIGHTS:
        out.append(Reason(kind="rights", points=BONUS_RIGHTS, n=len(s.rights)))
    return out


def make_grade(s: Summary) -> Grade:
    """The grade of an analysed policy (see the module's docstring)."""
    why = reasons(s)
    penalties = -sum(r.points for r in why if r.points < 0)
    score = 100 + sum(r.points for r in why)
    # good practice wins back at most half of what the red flags cost
    score = max(0, min(100 - penalties // 2, score))
    letter = next(letter for threshold, letter in LETTERS if score >= threshold)
    return Grade(status="graded", letter=letter, score=score, reasons=why)  # type: ignore[arg-type]
