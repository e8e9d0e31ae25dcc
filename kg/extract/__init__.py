"""Extract stage: run every extractor on one prepared report."""
from __future__ import annotations

from ..model import Extraction
from ..prepare import Prepared
from .indicators import extract_indicators


def extract_report(p: Prepared) -> Extraction:
    """All entities, observations and relations of one report (before cross-report resolution)."""
    obs = extract_indicators(p.doc, p.meta)
    return Extraction(meta=p.meta, entities=[], observations=obs, relations=[])
