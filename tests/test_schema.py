"""core/schema.py: the typed records of the summary model and of the rule packs' schema."""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
from typing import Annotated, Any, Literal

import pytest

from policylens.core.schema import Field, Model, ValidationError, computed_field, field_validator, model_validator


class Inner(Model):
    name: str
    weight: Annotated[int, Field(ge=0, le=10)] = 1


class Outer(Model):
    kind_: Literal["a", "b"] = Field(default="a", alias="kind")
    ratio: float
    flag: bool = False
    label: str | None = None
    score: Annotated[int, Field(ge=0)] | None = None
    items: list[Inner] = Field(min_length=1)
    table: dict[str, list[float]] = Field(default_factory=dict)
    anything: Any = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def count(self) -> int:
        return len(self.items)

    @field_validator("label")
    @classmethod
    def _no_bang(cls, v: str | None) -> str | None:
        if v is not None and "!" in v:
            raise ValueError("no '!' in a label")
        return v

    @model_validator(mode="before")
    @classmethod
    def _old_name(cls, data: Any) -> Any:
        if isinstance(data, dict) and "entries" in data:
            data = dict(data)
            data["items"] = data.pop("entries")
        return data

    @model_validator(mode="after")
    def _label_needs_items(self) -> Outer:
        if self.label == "heavy" and sum(i.weight for i in self.items) < 5:
            raise ValueError("a heavy one weighs 5 or more")
        return self


def make(**kw: Any) -> Outer:
    return Outer(**{"ratio": 1, "items": [{"name": "x"}], **kw})


def test_conversions_as_pydantic_makes_them() -> None:
    o = make(ratio=3, flag=1, score="7", items=[Inner(name="a"), {"name": "b", "weight": 2.0}], table={"k": (1, 2)})
    assert o.ratio == 3.0 and isinstance(o.ratio, float)
    assert o.flag is True and o.score == 7 and o.items[1].weight == 2 and isinstance(o.items[1].weight, int)
    assert o.table == {"k": [1.0, 2.0]} and o.kind_ == "a" and o.count == 2
    assert make(flag="false").flag is False and make(kind="b").kind_ == "b" and make(kind_="b").kind_ == "b"
    given = Inner(name="kept")
    assert make(items=[given]).items[0] is given  # a record is taken as it is


@pytest.mark.parametrize(
    ("kw", "where", "what"),
    [
        ({"ratio": "fast"}, "ratio", "valid number"),
        ({"items": []}, "items", "at least 1 item"),
        ({"items": [{"name": 3}]}, "items.0.name", "valid string"),
        ({"items": [{"name": "x", "weight": 11}]}, "items.0.weight", "less than or equal to 10"),
        ({"items": [{"name": "x", "weight": 1.5}]}, "items.0.weight", "valid integer"),
        ({"kind": "c"}, "kind", "'a', 'b'"),
        ({"score": -1}, "score", "greater than or equal to 0"),
        ({"flag": "maybe"}, "flag", "valid boolean"),
        ({"table": {"k": ["x"]}}, "table.k.0", "valid number"),
        ({"label": "hi!"}, "label", "no '!' in a label"),
        ({"extra": 1}, "extra", "Extra inputs are not permitted"),
        ({"label": "heavy"}, "", "a heavy one weighs 5 or more"),
    ],
)
def test_invalid_input_is_one_validation_error_with_its_place(kw: dict[str, Any], where: str, what: str) -> None:
    with pytest.raises(ValidationError) as info:
        make(**kw)
    assert isinstance(info.value, ValueError)
    assert any(loc == where and what in msg for loc, msg in info.value.errors), info.value.errors
    assert "validation error for Outer" in str(info.value)


def test_missing_fields_and_several_errors_at_once() -> None:
    with pytest.raises(ValidationError) as info:
        Outer(label=5)
    assert sorted(loc for loc, _ in info.value.errors) == ["items", "label", "ratio"]
    assert "3 validation errors for Outer" in str(info.value)


def test_before_validator_sees_the_raw_input() -> None:
    assert Outer.model_validate({"ratio": 1, "entries": [{"name": "old"}]}).items[0].name == "old"


def test_dump_json_round_trip_copy_pickle_equality() -> None:
    o = make(label="é\"\n", table={"k": [0.5]}, kind="b")
    dumped = o.model_dump()
    assert list(dumped) == ["kind_", "ratio", "flag", "label", "score", "items", "table", "anything", "count"]
    assert o.model_dump(by_alias=True)["kind"] == "b"
    text = o.model_dump_json(by_alias=True)
    assert text.startswith('{"kind":"b","ratio":1.0,') and "é" in text and json.loads(text)["count"] == 1
    assert json.loads(o.model_dump_json(indent=2)) == json.loads(json.dumps(dumped))
    back = Outer.model_validate_json(text.replace(',"count":1', ""))
    assert back == o and back is not o
    assert pickle.loads(pickle.dumps(o)) == o
    deep = o.model_copy(deep=True)
    assert deep == o and deep.items[0] is not o.items[0]
    shallow = o.model_copy(update={"label": "new"})
    assert shallow.label == "new" and o.label == "é\"\n" and shallow.items[0] is o.items[0]
    assert copy.deepcopy(o) == o and o != make(label="other") and o.__eq__(1) is NotImplemented
    with pytest.raises(ValidationError):
        Outer.model_validate_json("{not json")
    with pytest.raises(ValidationError):
        Outer.model_validate([1, 2])


def test_a_name_that_is_no_field_cannot_be_set() -> None:
    o = make()
    o.label = "fine"  # like pydantic, not validated
    with pytest.raises(AttributeError):
        o.lable = "typo"  # type: ignore[attr-defined]


def test_mutable_defaults_are_not_shared() -> None:
    a, b = make(), make()
    a.table["k"] = [1.0]
    assert b.table == {}


def test_the_analysis_and_the_packs_never_import_pydantic(tmp_path: Any) -> None:
    """The summary model and the packs' schema are this module's records: a fresh process that
    compiles a pack and analyses a policy imports no pydantic (it cost ~0.2 s per process)."""
    code = (
        "import sys\n"
        "from policylens.core.analyze import analyze\n"
        "from policylens.core.loaders import load_text\n"
        "from policylens.render import summary_json\n"
        "s = analyze(load_text('We collect your name and e-mail address. We share it with our payment provider. '"
        " 'We keep it for two years. You may ask us to delete it: privacy@example.com. ' * 3, 'p.txt'))\n"
        "summary_json(s)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core')))\n"
    )
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    cmd = [sys.executable, "-c", code]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
