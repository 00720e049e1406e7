"""Settings, declared once: built from command-line options and the environment
by the CLI, then passed down.  Nothing else reads ``os.environ``.

=====================  ==================================  ==============================
setting                environment variable                default
=====================  ==================================  ==============================
store                  ``UNCAC_KG_STORE``                  ``$XDG_DATA_HOME/uncac-kg/store``
                                                           (``~/.local/share/uncac-kg/store``);
                                                           an ``http(s)`` URL: an Oxigraph server
                       ``UNCAC_KG_QUERY_ENDPOINT``,         (a remote store with other endpoints:
                       ``UNCAC_KG_UPDATE_ENDPOINT``,        SPARQL query, SPARQL update, Graph
                       ``UNCAC_KG_STORE_ENDPOINT``          Store Protocol)
base_iri               ``UNCAC_KG_BASE_IRI``               ``https://w3id.org/uncac-kg/id/``
host, port             ``UNCAC_KG_HOST``, ``UNCAC_KG_PORT``  ``127.0.0.1``, ``8000``
recurrence_threshold   ``UNCAC_KG_RECURRENCE_THRESHOLD``    ``0.24`` (similarity that links recommendations)
assets                 ``UNCAC_KG_ASSETS``                  ``~/.cache/uncac-kg/assets`` (front-end libraries)
query_timeout          ``UNCAC_KG_QUERY_TIMEOUT``           ``30`` seconds, then the query is stopped
http_workers           ``UNCAC_KG_HTTP_WORKERS``            ``1`` server process (more share the port and the
                                                           query workers; see ``server.py``)
query_workers          ``UNCAC_KG_QUERY_WORKERS``           the number of cores, at least 2
query_memory           ``UNCAC_KG_QUERY_MEMORY``            ``4294967296`` (4 GiB) of address space per worker
max_rows               ``UNCAC_KG_MAX_ROWS``                ``100000`` rows in a SELECT answer
max_result_bytes       ``UNCAC_KG_MAX_RESULT_BYTES``        ``268435456`` (256 MiB) in any answer
max_request_bytes      ``UNCAC_KG_MAX_REQUEST_BYTES``       ``1048576`` (1 MiB) in a request body
cors_origins           ``UNCAC_KG_CORS_ORIGINS``            ``*`` (comma-separated origins; empty: no CORS)
cors_methods           ``UNCAC_KG_CORS_METHODS``            ``GET`` (``GET,POST`` to let pages elsewhere POST)
=====================  ==================================  ==============================
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from .graph.derived.recurrence import DEFAULT_THRESHOLD
from .graph.store.executor import default_workers
from .graph.store.remote import Endpoints, check_url, is_url
from .ontology.iris import DEFAULT_BASE, check_base


def default_store(env: Mapping[str, str]) -> Path:
    data_home = env.get("XDG_DATA_HOME") or str(Path(env.get("HOME", "~")) / ".local" / "share")
    return Path(data_home).expanduser() / "uncac-kg" / "store"


def default_assets(env: Mapping[str, str]) -> Path:
    cache_home = env.get("XDG_CACHE_HOME") or str(Path(env.get("HOME", "~")) / ".cache")
    return Path(cache_home).expanduser() / "uncac-kg" / "assets"


def store_location(store: str | None, *, query: str | None = None, update: str | None = None,
                   graph_store: str | None = None, env: Mapping[str, str] | None = None) -> Path | Endpoints:
    """Where the graph lives: a folder, or the endpoints of a remote store.

    ``store`` is a folder or the base URL of an Oxigraph server (``/query``, ``/update``,
    ``/store``); the endpoint URLs given replace those of the base URL, or without one make
    the remote store (the query endpoint is then required).
    """
    if store and is_url(store):
        base: Endpoints | None = Endpoints.oxigraph(check_url(store, name="UNCAC_KG_STORE"))
    else:
        base = None
    if not (query or update or graph_store):
        return base if base is not None else (Path(store) if store else default_store(env or {}))
    query = check_url(query, name="UNCAC_KG_QUERY_ENDPOINT") if query else None
    update = check_url(update, name="UNCAC_KG_UPDATE_ENDPOINT") if update else None
    graph_store = check_url(graph_store, name="UNCAC_KG_STORE_ENDPOINT") if graph_store else None
    if base is None and query is None:
        raise ValueError("an update or graph store endpoint needs a query endpoint too "
                         "(--query-endpoint or UNCAC_KG_QUERY_ENDPOINT, or --store URL)")
    if base is None:
        assert query is not None
        return Endpoints(query=query, update=update, store=graph_store)
    return Endpoints(query=query or base.query, update=update or base.update, store=graph_store or base.store)


@dataclass(frozen=True)
class Settings:
    store: Path | Endpoints
    base_iri: str = DEFAULT_BASE
    host: str = "127.0.0.1"
    port: int = 8000
    recurrence_threshold: float = DEFAULT_THRESHOLD
    assets: Path = field(default_factory=lambda: default_assets({}))
    query_timeout: float = 30.0
    http_workers: int = 1
    query_workers: int = field(default_factory=default_workers)
    query_memory: int = 4 * 2**30
    max_rows: int = 100_000
    max_result_bytes: int = 256 * 2**20
    max_request_bytes: int = 2**20
    cors_origins: tuple[str, ...] = ("*",)
    cors_methods: tuple[str, ...] = ("GET",)

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, query_endpoint: str | None = None,
                 update_endpoint: str | None = None, store_endpoint: str | None = None,
                 **overrides: object) -> Settings:
        """Environment first, then the options given (``None`` means not given)."""
        threshold = env.get("UNCAC_KG_RECURRENCE_THRESHOLD", str(DEFAULT_THRESHOLD))
        try:
            recurrence_threshold = float(threshold)
        except ValueError:
            raise ValueError(f"UNCAC_KG_RECURRENCE_THRESHOLD={threshold!r}: not a number") from None
        if not 0 < recurrence_threshold <= 1:
            raise ValueError(f"UNCAC_KG_RECURRENCE_THRESHOLD={threshold!r}: must be in (0, 1]")
        port = env.get("UNCAC_KG_PORT", "8000")
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"UNCAC_KG_PORT={port!r}: not a port number")
        numbers = {
            "query_timeout": _number(env, "UNCAC_KG_QUERY_TIMEOUT", float, 30.0),
            "http_workers": _number(env, "UNCAC_KG_HTTP_WORKERS", int, 1),
            "query_workers": _number(env, "UNCAC_KG_QUERY_WORKERS", int, default_workers()),
            "query_memory": _number(env, "UNCAC_KG_QUERY_MEMORY", int, 4 * 2**30),
            "max_rows": _number(env, "UNCAC_KG_MAX_ROWS", int, 100_000),
            "max_result_bytes": _number(env, "UNCAC_KG_MAX_RESULT_BYTES", int, 256 * 2**20),
            "max_request_bytes": _number(env, "UNCAC_KG_MAX_REQUEST_BYTES", int, 2**20),
        }
        origins = env.get("UNCAC_KG_CORS_ORIGINS", "*")
        methods = env.get("UNCAC_KG_CORS_METHODS", "GET")
        settings = cls(
            cors_origins=tuple(o.strip() for o in origins.split(",") if o.strip()),
            cors_methods=tuple(m.strip().upper() for m in methods.split(",") if m.strip()),
            **numbers,  # type: ignore[arg-type]
            store=store_location(
                str(overrides["store"]) if overrides.get("store") is not None else env.get("UNCAC_KG_STORE"),
                query=query_endpoint or env.get("UNCAC_KG_QUERY_ENDPOINT"),
                update=update_endpoint or env.get("UNCAC_KG_UPDATE_ENDPOINT"),
                graph_store=store_endpoint or env.get("UNCAC_KG_STORE_ENDPOINT"), env=env),
            base_iri=env.get("UNCAC_KG_BASE_IRI") or DEFAULT_BASE,
            host=env.get("UNCAC_KG_HOST") or "127.0.0.1",
            port=int(port),
            recurrence_threshold=recurrence_threshold,
            assets=Path(env["UNCAC_KG_ASSETS"]) if env.get("UNCAC_KG_ASSETS") else default_assets(env),
        )
        given = {k: v for k, v in overrides.items() if v is not None and k != "store"}
        settings = replace(settings, **given)  # type: ignore[arg-type]
        if settings.http_workers < 1:
            raise ValueError(f"--workers {settings.http_workers}: at least one server process is needed")
        check_base(settings.base_iri)
        return settings


def _number(env: Mapping[str, str], name: str, kind: type[int] | type[float], default: float) -> float:
    """A positive number from ``env``, or ``ValueError`` naming the variable."""
    text = env.get(name)
    if text is None or text == "":
        return default
    try:
        value = kind(text)
    except ValueError:
        raise ValueError(f"{name}={text!r}: not a {'whole ' if kind is int else ''}number") from None
    if value <= 0:
        raise ValueError(f"{name}={text!r}: must be positive")
    return value
