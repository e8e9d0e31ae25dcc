import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def needs(path: Path, what: str):
    """Skip (outside CI) when shared material is absent; under CI=true a missing folder is an error."""
    if path.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} missing at {path} under CI")
    pytest.skip(f"{what} not found at {path}")


@pytest.fixture
def write(tmp_path):
    def _write(name: str, content, encoding: str = "utf-8") -> Path:
        p = tmp_path / name
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding=encoding)
        return p
    return _write
