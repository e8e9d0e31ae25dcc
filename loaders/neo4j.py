"""Load the graph into a Neo4j server with the official driver: idempotent, batched, transactional.

Constraints first (so MERGE finds nodes by index), then nodes by label, then relationships
between matched nodes, each batch one `UNWIND $rows` query in its own managed transaction
(retried by the driver on transient errors). Every node also gets the label GovReportKG,
so --replace removes what this tool created and nothing else.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from kg import schema
from kg.errors import UserError
from kg.graph import Graph

from .tables import batches, node_rows, rel_rows, tables

MARK = "GovReportKG"


class Neo4jLoadError(UserError):
    """A one-line, user-facing failure naming the server."""


@dataclass
class Neo4jTarget:
    uri: str
    user: str
    password: str = field(repr=False)
    database: str = "neo4j"
    # how long the driver retries a batch on transient errors (connection lost, leader switch), with backoff
    retry_seconds: float = 30.0

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None) -> "Neo4jTarget":
        """Flags win over NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE. A user and password
        written into the URI (bolt://user:secret@host) are taken out of it, so that the URI, which
        messages name, never holds the secret."""
        from urllib.parse import unquote, urlsplit, urlunsplit

        uri = uri or os.environ.get("NEO4J_URI") or "bolt://localhost:7687"
        parts = urlsplit(uri)
        if "@" in parts.netloc:
            userinfo, _, host = parts.netloc.rpartition("@")
            name, has_secret, secret = userinfo.partition(":")
            user = user or unquote(name) or None
            if password is None and has_secret:
                password = unquote(secret)
            uri = urlunsplit(parts._replace(netloc=host))
        return cls(uri, user or os.environ.get("NEO4J_USER") or "neo4j",
                   password if password is not None else os.environ.get("NEO4J_PASSWORD", ""),
                   database or os.environ.get("NEO4J_DATABASE") or "neo4j")


@dataclass
class LoadStats:
    nodes: dict[str, tuple[int, int]] = field(default_factory=dict)  # label -> (created, rows merged)
    rels: dict[str, tuple[int, int]] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(r for _, r in self.nodes.values()) + sum(r for _, r in self.rels.values())


def _explain(target: Neo4jTarget, e: Exception) -> Neo4jLoadError:
    from neo4j import exceptions as x

    tls = "+s" in target.uri.split("://", 1)[0]
    if isinstance(e, x.AuthError):
        why = f"authentication failed for user '{target.user}' (check NEO4J_USER / NEO4J_PASSWORD)"
    elif isinstance(e, (x.ServiceUnavailable, x.SessionExpired, OSError)) and tls:
        why = (f"no TLS connection ({str(e).splitlines()[0] if str(e) else type(e).__name__}); if the server "
               f"has no TLS, use bolt:// or neo4j://")
    elif isinstance(e, (x.ServiceUnavailable, x.SessionExpired, OSError)):
        why = (f"server unreachable or connection lost ({str(e).splitlines()[0] if str(e) else type(e).__name__}); "
               f"if the server requires TLS, use bolt+s:// or neo4j+s://")
    elif isinstance(e, x.ClientError) and "DatabaseNotFound" in (e.code or ""):
        why = f"database '{target.database}' does not exist (check --database / NEO4J_DATABASE)"
    elif isinstance(e, x.Neo4jError):
        why = f"{e.code}: {e.message}"
    else:
        why = f"{type(e).__name__}: {e}"
    if target.password:  # whatever a driver message quotes, the secret is never printed
        why = why.replace(target.password, "***")
    return Neo4jLoadError(f"neo4j {target.uri}: {why}")


def connect(target: Neo4jTarget):
    """A verified driver; failures become one-line Neo4jLoadError."""
    from neo4j import GraphDatabase

    try:
        driver = GraphDatabase.driver(target.uri, auth=(target.user, target.password),
                                      connection_timeout=10, max_transaction_retry_time=target.retry_seconds)
        driver.verify_connectivity()
        driver.execute_query("RETURN 1", database_=target.database)
        return driver
    except Exception as e:  # noqa: BLE001 - every driver failure is reported the same way
        raise _explain(target, e) from None


def _retrying(target: Neo4jTarget, work: Callable[[], Any]) -> Any:
    """work(), run again with backoff while the connection is lost, until target.retry_seconds have passed
    since the first failure: a server restarted within that window costs a pause, not the load. The
    driver's own retries give up at once when no server answers; every statement here is an idempotent
    MERGE, so a batch whose commit was lost with the connection is safely sent again."""
    from neo4j import exceptions as x

    deadline, delay = None, 0.5
    while True:
        try:
            return work()
        except (x.ServiceUnavailable, x.SessionExpired, OSError):
            now = time.monotonic()
            deadline = deadline if deadline is not None else now + target.retry_seconds
            if now + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 5.0)


def load_neo4j(graph: Graph, target: Neo4jTarget, batch_size: int = 2000, replace: bool = False,
               progress: bool = True) -> LoadStats:
    """MERGE the graph into the server; loading the same graph twice changes nothing."""
    from tqdm import tqdm

    t = tables(graph)
    stats = LoadStats()
    start = time.perf_counter()
    driver = connect(target)
    try:
        run = lambda q, **p: _retrying(target, lambda: driver.execute_query(q, p, database_=target.database))  # noqa: E731
        if replace:
            while run(f"MATCH (n:{MARK}) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c").records[0]["c"]:
                pass
        for label in schema.NODES:
            run(f"CREATE CONSTRAINT kg_{label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE")
        bar = tqdm(total=t.node_count() + t.rel_count(), unit="row", desc="neo4j", disable=not progress)
        for label, nodes in t.nodes.items():
            created = 0
            q = f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row, n:{MARK}"
            for batch in batches(nodes, batch_size):
                created += run(q, rows=node_rows(batch)).summary.counters.nodes_created
                bar.update(len(batch))
            stats.nodes[label] = (created, len(nodes))
        for typ, pairs in t.rels.items():
            created = total = 0
            for (a, b), edges in pairs.items():
                q = (f"UNWIND $rows AS row MATCH (a:{a} {{id: row.source}}) MATCH (b:{b} {{id: row.target}}) "
                     f"MERGE (a)-[r:{typ}]->(b) SET r += row.props")
                for batch in batches(edges, batch_size):
                    shaped = [{"source": r.pop("source"), "target": r.pop("target"), "props": r}
                              for r in rel_rows(batch)]
                    created += run(q, rows=shaped).summary.counters.relationships_created
                    bar.update(len(batch))
                total += len(edges)
            stats.rels[typ] = (created, total)
        bar.close()
    except Neo4jLoadError:
        raise
    except Exception as e:  # noqa: BLE001
        raise _explain(target, e) from None
    finally:
        driver.close()
    stats.seconds = time.perf_counter() - start
    return stats
