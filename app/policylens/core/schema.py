"""Typed records, validated when they are made: the part of pydantic that the summary model
(:mod:`policylens.core.models`) and the rule packs' schema (:mod:`policylens.core.rules`) use, in
plain Python.

Why not pydantic: importing it and building the models' validators took ~0.2 s of CPU in every
fresh process — the window's analysis process (before the first cards), ``policylens analyze``,
each ``--jobs`` worker — more than analysing a short policy. What is kept, with pydantic's
meaning (its "lax" mode):

* fields from the class' annotations (``from __future__ import annotations`` is fine: the types
  are resolved at the first validation), with defaults, ``Field(default_factory=…, alias=…,
  ge=…, le=…, min_length=…)``; ``str``, ``int``, ``float``, ``bool``, ``None``, ``Literal``,
  unions, ``Annotated``, ``list``, ``dict``, ``Any`` and other records; a missing field without a
  default and any unknown key are errors (``extra="forbid"``), an alias or the field's own name
  both fill it (``populate_by_name``);
* the conversions pydantic makes: an ``int`` field takes a whole ``float`` or a numeral, a
  ``float`` field takes an ``int`` (and stores a float), a ``bool`` field takes 0/1 and
  "true"/"false"…, a ``list`` field a tuple; a ``str`` field takes nothing but a string;
* :func:`field_validator`, :func:`model_validator` (``"before"``: the raw input, ``"after"``: the
  made record) and :func:`computed_field` (written out by :meth:`Model.model_dump`);
* ``model_validate``, ``model_validate_json``, ``model_dump`` (``by_alias``), ``model_dump_json``
  (compact, or ``indent``; non-ASCII characters as they are), ``model_copy`` (``update``,
  ``deep``), equality by type and fields, pickling.

Every failure is one :class:`ValidationError` (a ``ValueError``) listing each error with its place
(``rule.3.id``), as pydantic's does. Assigning a field later is not validated (nor is it in
pydantic by default); assigning a name that is no field is an error.
"""

from __future__ import annotations

import copy
import inspect
import json
import types
import typing
from collections.abc import Callable
from typing import Any

__all__ = ["Field", "Model", "ValidationError", "computed_field", "field_validator", "model_validator"]

_MISSING: Any = object()


class ValidationError(ValueError):
    """Invalid input for a record: ``errors`` lists ``(place, message)``."""

    def __init__(self, title: str, errors: list[tuple[str, str]]) -> None:
        self.title = title
        self.errors = errors
        n = len(errors)
        lines = [f"{n} validation error{'s' if n != 1 else ''} for {title}"]
        for loc, msg in errors:
            lines += [loc, f"  {msg}"] if loc else [f"  {msg}"]
        super().__init__("\n".join(lines))


class _Invalid(Exception):
    """One error inside a value, on its way up to the record's :class:`ValidationError`."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        self.errors = errors


def _fail(msg: str) -> typing.NoReturn:
    raise _Invalid([("", msg)])


def _at(loc: str | int, errors: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(f"{loc}.{sub}" if sub else str(loc), msg) for sub, msg in errors]


class FieldInfo:
    __slots__ = ("alias", "default", "default_factory", "ge", "le", "min_length")

    def __init__(
        self,
        default: Any = _MISSING,
        *,
        default_factory: Callable[[], Any] | None = None,
        alias: str | None = None,
        ge: float | None = None,
        le: float | None = None,
        min_length: int | None = None,
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.alias = alias
        self.ge = ge
        self.le = le
        self.min_length = min_length


def Field(default: Any = _MISSING, **constraints: Any) -> Any:
    """A field's default and constraints, as :class:`FieldInfo` takes them (typed ``Any`` so that
    ``x: int = Field(...)`` type-checks)."""
    return FieldInfo(default, **constraints)


class _Marked:
    """A validator or computed field, as written in a class body; :class:`Model` collects them."""

    __slots__ = ("fields", "func", "kind")

    def __init__(self, kind: str, func: Any, fields: tuple[str, ...] = ()) -> None:
        self.kind = kind
        self.func = func
        self.fields = fields


def field_validator(*fields: str) -> Callable[[Any], Any]:
    """``@field_validator("id") @classmethod def f(cls, value)``: run on the converted value; a
    ``ValueError`` it raises is a validation error of that field, what it returns is the value."""
    return lambda func: _Marked("field", func, fields)


def model_validator(*, mode: str) -> Callable[[Any], Any]:
    """``mode="before"``: a classmethod given the raw input (returns the input to validate);
    ``mode="after"``: a method given the made record (returns it)."""
    if mode not in ("before", "after"):
        raise ValueError(f"model_validator mode {mode!r}")
    return lambda func: _Marked(mode, func)


def computed_field(prop: Any) -> Any:
    """A property written out by ``model_dump`` after the fields."""
    return _Marked("computed", prop)


# --------------------------------------------------------------------------------------------
# conversions, one function per type


def _str(v: Any) -> Any:
    if isinstance(v, str):
        return v
    _fail("Input should be a valid string")


def _int(v: Any) -> Any:
    if type(v) is int:
        return v
    if isinstance(v, int):  # bool, IntEnum
        return int(v)
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str):
        try:
            return int(v.strip())
        except ValueError:
            pass
    _fail("Input should be a valid integer")


def _float(v: Any) -> Any:
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        try:
            return float(v.strip())
        except ValueError:
            pass
    _fail("Input should be a valid number")


_TRUE = frozenset(("1", "on", "t", "true", "y", "yes"))
_FALSE = frozenset(("0", "off", "f", "false", "n", "no"))


def _bool(v: Any) -> Any:
    if v is True or v is False:
        return v
    if isinstance(v, (int, float)) and v in (0, 1):
        return bool(v)
    if isinstance(v, str):
        low = v.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
    _fail("Input should be a valid boolean")


def _none(v: Any) -> Any:
    if v is None:
        return None
    _fail("Input should be None")


def _any(v: Any) -> Any:
    return v


def _literal(values: tuple[Any, ...]) -> Callable[[Any], Any]:
    allowed = frozenset(values)
    shown = ", ".join(repr(x) for x in values[:8]) + (", …" if len(values) > 8 else "")

    def check(v: Any) -> Any:
        try:
            if v in allowed and not isinstance(v, bool):
                return v
        except TypeError:
            pass
        _fail(f"Input should be {shown}; not {v!r}")

    return check


def _union(members: list[Callable[[Any], Any]], optional: bool) -> Callable[[Any], Any]:
    def check(v: Any) -> Any:
        if v is None and optional:
            return None
        errors: list[tuple[str, str]] = []
        for convert in members:
            try:
                return convert(v)
            except _Invalid as exc:
                errors += exc.errors
        raise _Invalid(errors)

    return check


def _list(item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def check(v: Any) -> Any:
        if not isinstance(v, (list, tuple)):
            _fail("Input should be a valid list")
        out = []
        errors: list[tuple[str, str]] = []
        for i, x in enumerate(v):
            try:
                out.append(item(x))
            except _Invalid as exc:
                errors += _at(i, exc.errors)
        if errors:
            raise _Invalid(errors)
        return out

    return check


def _dict(key: Callable[[Any], Any], value: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def check(v: Any) -> Any:
        if not isinstance(v, dict):
            _fail("Input should be a valid dictionary")
        out = {}
        errors: list[tuple[str, str]] = []
        for k, x in v.items():
            try:
                out[key(k)] = value(x)
            except _Invalid as exc:
                errors += _at(k, exc.errors)
        if errors:
            raise _Invalid(errors)
        return out

    return check


def _record(cls: type[Model]) -> Callable[[Any], Any]:
    def check(v: Any) -> Any:
        if isinstance(v, cls):
            return v  # a record is taken as it is (pydantic's revalidate_instances="never")
        if isinstance(v, dict):
            return cls._from_dict(v)
        _fail(f"Input should be a valid dictionary or instance of {cls.__name__}")

    return check


def _constrained(convert: Callable[[Any], Any], info: FieldInfo) -> Callable[[Any], Any]:
    ge, le, least = info.ge, info.le, info.min_length
    if ge is None and le is None and least is None:
        return convert

    def check(v: Any) -> Any:
        v = convert(v)
        if ge is not None and v < ge:
            _fail(f"Input should be greater than or equal to {ge}")
        if le is not None and v > le:
            _fail(f"Input should be less than or equal to {le}")
        if least is not None and len(v) < least:
            _fail(f"Value should have at least {least} item{'s' if least != 1 else ''}")
        return v

    return check


_SIMPLE: dict[Any, Callable[[Any], Any]] = {
    str: _str,
    int: _int,
    float: _float,
    bool: _bool,
    type(None): _none,
    None: _none,
    Any: _any,
    object: _any,
}


def _converter(tp: Any) -> Callable[[Any], Any]:
    try:
        simple = _SIMPLE.get(tp)
    except TypeError:  # unhashable
        simple = None
    if simple is not None:
        return simple
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        convert = _converter(args[0])
        for extra in args[1:]:
            if isinstance(extra, FieldInfo):
                convert = _constrained(convert, extra)
        return convert
    if origin is typing.Literal:
        return _literal(args)
    if origin is typing.Union or origin is types.UnionType:
        optional = type(None) in args
        return _union([_converter(a) for a in args if a is not type(None)], optional)
    if origin is list:
        return _list(_converter(args[0]) if args else _any)
    if origin is dict:
        return _dict(_converter(args[0]), _converter(args[1])) if args else _dict(_any, _any)
    if isinstance(tp, type) and issubclass(tp, Model):
        return _record(tp)
    raise TypeError(f"schema: no conversion for {tp!r}")


# --------------------------------------------------------------------------------------------
# the records


class _Field:
    __slots__ = ("alias", "convert", "default", "factory", "name", "validators")

    def __init__(self, name: str, info: FieldInfo, convert: Callable[[Any], Any]) -> None:
        self.name = name
        self.alias = info.alias
        self.default = info.default
        self.factory = info.default_factory
        self.convert = _constrained(convert, info)
        self.validators: list[Any] = []


class Model:
    """A record: subclass it and annotate its fields (see the module's documentation)."""

    # set on each subclass: __fields (name → FieldInfo), __marks (name → validator or computed
    # field), __ready (name → _Field, once the types are resolved), __keys (input key — a name or
    # an alias — → _Field), __before and __after (the model validators, bound)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields: dict[str, FieldInfo] = {}
        marks: dict[str, _Marked] = {}
        for base in reversed(cls.__mro__[1:]):
            if issubclass(base, Model) and base is not Model:
                fields.update(base._Model__fields)  # type: ignore[attr-defined]
                marks.update(base._Model__marks)  # type: ignore[attr-defined]
        for name in inspect.get_annotations(cls):
            if name.startswith("_") and not name.endswith("_"):
                continue
            value = cls.__dict__.get(name, _MISSING)
            info = value if isinstance(value, FieldInfo) else FieldInfo(value)
            fields[name] = info
            if isinstance(value, FieldInfo):
                if info.default is _MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, info.default)
        for name, value in list(cls.__dict__.items()):
            if isinstance(value, _Marked):
                marks[name] = value
                setattr(cls, name, value.func)  # the method itself stays callable on the class
        cls.__fields = fields
        cls.__marks = marks
        cls.__ready = None
        cls.__keys = {}
        cls.__before = []
        cls.__after = []

    @classmethod
    def _fields(cls) -> dict[str, _Field]:
        """The fields, their types resolved (once, at the first validation)."""
        ready = cls.__dict__.get("_Model__ready")
        if ready is not None:
            return ready
        hints = typing.get_type_hints(cls, include_extras=True)
        ready = {}
        keys: dict[str, _Field] = {}
        for name, info in cls.__fields.items():
            field = ready[name] = _Field(name, info, _converter(hints[name]))
            keys[name] = field
            if info.alias:
                keys[info.alias] = field
        for mark in cls.__marks.values():
            if mark.kind == "field":
                for name in mark.fields:
                    if name not in ready:
                        raise TypeError(f"{cls.__name__}: field_validator of unknown field {name!r}")
                    ready[name].validators.append(mark.func.__get__(None, cls))
        cls.__keys = keys
        cls.__before = [m.func.__get__(None, cls) for m in cls.__marks.values() if m.kind == "before"]
        cls.__after = [m.func for m in cls.__marks.values() if m.kind == "after"]
        cls.__ready = ready
        return ready

    @classmethod
    def _values(cls, data: Any) -> dict[str, Any]:
        """The fields' values from ``data`` (the input as given), converted and checked."""
        fields = cls.__dict__.get("_Model__ready") or cls._fields()
        for before in cls.__before:
            data = before(data)
        if not isinstance(data, dict):
            raise _Invalid([("", f"Input should be a valid dictionary or instance of {cls.__name__}")])
        keys = cls.__keys
        values: dict[str, Any] = {}
        errors: list[tuple[str, str]] = []
        for key, v in data.items():
            field = keys.get(key)
            if field is None:
                errors.append((str(key), "Extra inputs are not permitted"))
                continue
            try:
                v = field.convert(v)
                for validator in field.validators:
                    v = validator(v)
            except _Invalid as exc:
                errors += _at(key, exc.errors)
                continue
            except ValueError as exc:
                errors.append((str(key), f"Value error, {exc}"))
                continue
            values[field.name] = v
        if len(values) < len(fields) or errors:
            given = {keys[k].name for k in data if k in keys}
            ordered: dict[str, Any] = {}
            for name, field in fields.items():
                if name in values:
                    ordered[name] = values[name]
                elif field.factory is not None:
                    ordered[name] = field.factory()
                elif field.default is not _MISSING:
                    d = field.default
                    ordered[name] = copy.copy(d) if isinstance(d, (list, dict)) else d
                elif name not in given:
                    errors.append((field.alias or name, "Field required"))
            if errors:
                raise _Invalid(errors)
            return ordered
        return values

    @classmethod
    def _from_dict(cls, data: Any) -> Any:
        self = cls.__new__(cls)
        object.__setattr__(self, "__dict__", cls._values(data))
        return self._checked()

    def _checked(self) -> Any:
        made = self
        for after in type(self).__after:
            try:
                made = after(made)
            except ValueError as exc:
                raise _Invalid([("", f"Value error, {exc}")]) from None
        return made

    def __init__(self, **data: Any) -> None:
        try:
            object.__setattr__(self, "__dict__", type(self)._values(data))
            self._checked()
        except _Invalid as exc:
            raise ValidationError(type(self).__name__, exc.errors) from None

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in self.__fields:
            raise AttributeError(f"{type(self).__name__!r} object has no field {name!r}")
        self.__dict__[name] = value

    @classmethod
    def model_validate(cls, obj: Any) -> Any:
        """``obj`` (a dict, or a record of this class) as a record; :class:`ValidationError` if invalid."""
        if isinstance(obj, cls):
            return obj
        try:
            return _record(cls)(obj)
        except _Invalid as exc:
            raise ValidationError(cls.__name__, exc.errors) from None

    @classmethod
    def model_validate_json(cls, text: str | bytes) -> Any:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ValidationError(cls.__name__, [("", f"Invalid JSON: {exc}")]) from None
        return cls.model_validate(data)

    def model_dump(self, *, mode: str = "python", by_alias: bool = False) -> dict[str, Any]:
        """The record as a dict of plain values (records as dicts), in the fields' order, then the
        computed fields. ``mode`` "json" or "python": the values are JSON's either way."""
        return self._dump(by_alias)

    def _dump(self, by_alias: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        values = self.__dict__
        for name, info in self.__fields.items():
            out[(info.alias or name) if by_alias else name] = _plain(values[name], by_alias)
        for name, mark in self.__marks.items():
            if mark.kind == "computed":
                out[name] = _plain(getattr(self, name), by_alias)
        return out

    def model_dump_json(self, *, by_alias: bool = False, indent: int | None = None) -> str:
        data = self._dump(by_alias)
        if indent is None:
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        """A copy (``deep``: of everything inside too), with ``update``'s fields set (not validated)."""
        new = copy.deepcopy(self) if deep else copy.copy(self)
        for name, value in (update or {}).items():
            setattr(new, name, value)
        return new

    def __copy__(self) -> Any:
        new = type(self).__new__(type(self))
        object.__setattr__(new, "__dict__", dict(self.__dict__))
        return new

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        new = type(self).__new__(type(self))
        memo[id(self)] = new
        object.__setattr__(new, "__dict__", copy.deepcopy(self.__dict__, memo))
        return new

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={self.__dict__[k]!r}" for k in self.__fields)
        return f"{type(self).__name__}({inner})"

    def __getstate__(self) -> dict[str, Any]:
        return self.__dict__

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "__dict__", state)


def _plain(v: Any, by_alias: bool) -> Any:
    if isinstance(v, Model):
        return v._dump(by_alias)
    if isinstance(v, (list, tuple)):
        return [_plain(x, by_alias) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x, by_alias) for k, x in v.items()}
    return v
