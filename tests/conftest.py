from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def needs(path: Path, what: str):
    """Skip with a clear message when the shared material beside the checkout is absent."""
    if not path.exists():
        pytest.skip(f"{what} not found at {path} (expected ../shared beside the checkout)")


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
