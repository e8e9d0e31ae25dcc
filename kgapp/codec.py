"""Dataclasses to JSON and back, for what a build keeps in its output folder.

A build folder may come from someone else (shared, unzipped, downloaded), so nothing kept there
may carry code: no pickle. JSON holds the typed objects of kg.model; the field types of each
dataclass say how to read them back (tuples, nested dataclasses, optional fields).
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import lru_cache
from typing import Any, Callable, TypeVar

T = TypeVar("T")


def dumps(obj: Any) -> bytes:
    """The JSON bytes of a dataclass (lists, dicts and tuples of them included)."""
    return json.dumps(_plain(obj), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(cls: type[T], data: bytes) -> T:
    """The object of type ``cls`` that ``dumps`` wrote. Raises ValueError on anything else."""
    try:
        return _read(cls, json.loads(data))
    except (TypeError, KeyError, AttributeError, json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ValueError(f"not a {getattr(cls, '__name__', cls)}: {e}") from None


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in _fields(type(obj))}
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


@lru_cache(maxsize=None)
def _fields(cls: type) -> tuple[dataclasses.Field, ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.init)


def _read(tp: Any, value: Any) -> Any:
    reader = _reader(tp)
    return value if reader is None else reader(value)


Reader = Callable[[Any], Any]


@lru_cache(maxsize=None)
def _reader(tp: Any) -> Reader | None:
    """The function that reads a JSON value back into type ``tp``, made once per type (None: the JSON
    value is already right). Made once rather than walking the type hints for every value: loading a
    corpus's cached extractions took 22 s that way and 11 s this way (json.loads itself is 10 s)."""
    origin = typing.get_origin(tp)
    if tp is Any or origin is typing.Literal or tp in (str, int, bool):
        return None
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _reader(options[0]) if len(options) == 1 else None
        return None if inner is None else (lambda v: None if v is None else inner(v))
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        each = _reader(item)
        return None if each is None else (lambda v: [each(x) for x in v])
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            one = _reader(args[0]) or _same
            return lambda v: tuple(one(x) for x in v)
        readers = [_reader(a) or _same for a in args]
        return lambda v: tuple(r(x) for r, x in zip(readers, v))
    if origin is dict:
        _, item = typing.get_args(tp) or (Any, Any)
        each = _reader(item)
        return None if each is None else (lambda v: {k: each(x) for k, x in v.items()})
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = [(f.name, _reader(hints[f.name])) for f in _fields(tp)]

        def read(v: Any) -> Any:
            return tp(**{name: (v[name] if r is None or v[name] is None else r(v[name]))
                         for name, r in fields if name in v})
        return read
    if tp is float:
        return lambda v: float(v) if isinstance(v, int) else v
    return None


def _same(v: Any) -> Any:
    return v
