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
from typing import Any, TypeVar

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


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _read(tp: Any, value: Any) -> Any:
    if value is None or tp is Any:
        return value
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _read(options[0], value) if len(options) == 1 else value
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        return [_read(item, x) for x in value]
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_read(args[0], x) for x in value)
        return tuple(_read(a, x) for a, x in zip(args, value))
    if origin is dict:
        _, item = typing.get_args(tp) or (Any, Any)
        return {k: _read(item, v) for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{f.name: _read(hints[f.name], value[f.name]) for f in _fields(tp) if f.name in value})
    if tp is float and isinstance(value, int):
        return float(value)
    return value
