"""Writers of the graph model: files (JSON, GraphML, per-report contract) now; Neo4j, RDF and HTML next."""
