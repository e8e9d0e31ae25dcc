"""The README's schema picture says what kg/schema.py says: every relationship with its end labels."""
import re

from conftest import ROOT
from kg import schema


def test_readme_schema_picture_matches_the_schema():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```mermaid\n(.*?)```", text, re.S)
    assert block, "README has no mermaid schema picture"
    drawn = set()
    for a, typ, bs in re.findall(r"^\s*(\w+) -- (\w+) --> ([\w &]+)$", block.group(1), re.M):
        drawn |= {(typ, a, b.strip()) for b in bs.split("&")}
    wanted = {(typ, a, b) for typ, (pairs, _) in schema.RELATIONSHIPS.items() for a, b in pairs}
    assert drawn == wanted
