"""The three layers: kg (model and stages) ← loaders (writers) ← kgapp (command line, build, queries).
A layer imports only from the layers before it, and no module imports itself back round a cycle."""
import ast
from pathlib import Path

import networkx as nx

from conftest import ROOT
from kgapp.cache import extractor_files

LAYERS = ["kg", "loaders", "kgapp"]


def _imports(path: Path, top_level_only: bool) -> set[str]:
    """The modules a source file imports (relative imports resolved); with top_level_only, only those
    imported when the module loads (not inside functions)."""
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            out |= {f"{base}.{a.name}" for a in node.names} | {base}
    return out


def _sources() -> dict[str, Path]:
    return {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
            for layer in LAYERS for p in (ROOT / layer).rglob("*.py")}


def test_each_layer_imports_only_from_the_layers_before_it():
    wrong = []
    for module, path in _sources().items():
        allowed = LAYERS[: LAYERS.index(module.split(".")[0]) + 1]
        for name in _imports(path, top_level_only=False):
            if name.split(".")[0] in LAYERS and name.split(".")[0] not in allowed:
                wrong.append(f"{module} imports {name}")
    assert wrong == []


def test_no_module_imports_itself_back_round_a_cycle():
    sources = _sources()
    g = nx.DiGraph()
    for module, path in sources.items():
        for name in _imports(path, top_level_only=True):
            while name and name not in sources:  # `from pkg import name` names an attribute of pkg
                name = name.rpartition(".")[0]
            if name and name != module and not module.startswith(name + "."):
                g.add_edge(module, name)
    assert list(nx.simple_cycles(g)) == []


def test_the_extraction_cache_depends_on_the_extractor_only():
    # a rule or lexicon edit re-extracts; a command-line or writer edit does not
    files = {p.relative_to(ROOT).as_posix() for p in extractor_files()}
    assert {"kg/extract/projects.py", "kg/lexicons/org_heads.tsv", "kg/segment.py"} <= files
    assert not any(f.startswith(("kgapp/", "loaders/")) for f in files)
