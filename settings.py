"""Settings, declared once, as data: each field of :class:`Settings` carries its environment
variable, its command-line option (if any), how its text is read and its help.  From that one
declaration come the dataclass, :meth:`Settings.from_env`, the CLI's epilog
(:func:`describe`) and the README's table (``tests/test_settings.py`` fails when they drift).

Settings hold raw values: the store is the text given (a folder or a URL), parsed by
``graph/store/remote.py``.  This module belongs with the CLI and the API (the top layer).
Nothing else reads ``os.environ``: the CLI builds the settings
from the environment and its options, then passes them down.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .graph.derived import DEFAULT_THRESHOLD
from .ontology.iris import DEFAULT_BASE, check_base


@dataclass(frozen=True)
class Setting:
    """How one setting is given: its environment variable, option, reader and help."""

    env: str
    help: str
    read: Callable[[str], Any] = str
    option: str | None = None  # the CLI option that overrides the environment
    shown: str | None = None  # the default as the docs show it (when it is not a constant)


def _setting(default: Any = MISSING, *, factory: Callable[[], Any] | None = None, **how: Any) -> Any:
    meta = {"setting": Setting(**how)}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


# --- readers: text → value, or ValueError saying what is wrong (the caller names the setting) ---


def _positive(kind: type[int] | type[float]) -> Callable[[str], float]:
    def read(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise ValueError(f"not a {'whole ' if kind is int else ''}number") from None
        if value <= 0:
            raise ValueError("must be positive")
        return value
    return read


def _port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ValueError("not a port number")
    return int(text)


def _threshold(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError("not a number") from None
    if not 0 < value <= 1:
        raise ValueError("must be in (0, 1]")
    return value


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(",") if w.strip())


def _methods(text: str) -> tuple[str, ...]:
    return tuple(w.upper() for w in _words(text))


def _base(text: str) -> str:
    return check_base(text)


def default_store(env: Mapping[str, str]) -> Path:
    data_home = env.get("XDG_DATA_HOME") or str(Path(env.get("HOME", "~")) / ".local" / "share")
    return Path(data_home).expanduser() / "uncac-kg" / "store"


def default_assets(env: Mapping[str, str]) -> Path:
    cache_home = env.get("XDG_CACHE_HOME") or str(Path(env.get("HOME", "~")) / ".cache")
    return Path(cache_home).expanduser() / "uncac-kg" / "assets"


def default_workers() -> int:
    """Query worker processes: the number of cores, at least 2."""
    return max(2, os.cpu_count() or 2)


@dataclass(frozen=True)
class Settings:
    store: str = _setting(
        "", env="UNCAC_KG_STORE", option="--store",
        shown="$XDG_DATA_HOME/uncac-kg/store (~/.local/share/uncac-kg/store)",
        help="the Oxigraph store folder, or the URL of an Oxigraph server (/query, /update)")
    query_endpoint: str | None = _setting(
        None, env="UNCAC_KG_QUERY_ENDPOINT", option="--query-endpoint",
        help="a remote store's SPARQL query endpoint (replaces the store URL's)")
    update_endpoint: str | None = _setting(
        None, env="UNCAC_KG_UPDATE_ENDPOINT", option="--update-endpoint",
        help="a remote store's SPARQL update endpoint (needed to load into it)")
    store_endpoint: str | None = _setting(
        None, env="UNCAC_KG_STORE_ENDPOINT", option="--store-endpoint",
        help="a remote store's Graph Store Protocol endpoint")
    base_iri: str = _setting(DEFAULT_BASE, env="UNCAC_KG_BASE_IRI", option="--base-iri", read=_base,
                             help="base of the IRIs the loaders mint")
    host: str = _setting("127.0.0.1", env="UNCAC_KG_HOST", option="--host", help="interface `serve` listens on")
    port: int = _setting(8000, env="UNCAC_KG_PORT", option="--port", read=_port, help="port `serve` listens on")
    recurrence_threshold: float = _setting(
        DEFAULT_THRESHOLD, env="UNCAC_KG_RECURRENCE_THRESHOLD", read=_threshold,
        help="similarity that links two recommendations into a thread, in (0, 1]")
    assets: Path = _setting(
        factory=lambda: default_assets({}), env="UNCAC_KG_ASSETS", read=Path,
        shown="$XDG_CACHE_HOME/uncac-kg/assets (~/.cache/uncac-kg/assets)",
        help="where the front-end libraries (YASGUI, Cytoscape.js, Swagger UI) are kept")
    query_timeout: float = _setting(30.0, env="UNCAC_KG_QUERY_TIMEOUT", read=_positive(float),
                                    help="seconds a query may run before it is stopped")
    http_workers: int = _setting(
        1, env="UNCAC_KG_HTTP_WORKERS", option="--workers", read=_positive(int),
        help="server processes sharing the port (and the query workers)")
    query_workers: int = _setting(
        factory=default_workers, env="UNCAC_KG_QUERY_WORKERS", read=_positive(int),
        shown="the number of cores, at least 2",
        help="processes that run SPARQL queries")
    query_memory: int = _setting(4 * 2**30, env="UNCAC_KG_QUERY_MEMORY", read=_positive(int),
                                 help="bytes of address space per query worker")
    max_rows: int = _setting(100_000, env="UNCAC_KG_MAX_ROWS", read=_positive(int),
                             help="rows in a SELECT answer")
    max_result_bytes: int = _setting(256 * 2**20, env="UNCAC_KG_MAX_RESULT_BYTES", read=_positive(int),
                                     help="bytes in any answer")
    max_request_bytes: int = _setting(2**20, env="UNCAC_KG_MAX_REQUEST_BYTES", read=_positive(int),
                                      help="bytes in a request body")
    cors_origins: tuple[str, ...] = _setting(
        ("*",), env="UNCAC_KG_CORS_ORIGINS", read=_words, shown="*",
        help="comma-separated origins allowed to read answers from other sites (empty: no CORS)")
    cors_methods: tuple[str, ...] = _setting(
        ("GET",), env="UNCAC_KG_CORS_METHODS", read=_methods, shown="GET",
        help="comma-separated methods those origins may use (GET,POST to let them POST queries)")

    @classmethod
    def from_env(cls, env: Mapping[str, str], **options: object) -> Settings:
        """The environment's settings, then the options given (by field name; ``None``: not given).

        A value that cannot be read raises ``ValueError`` naming the variable or option."""
        values: dict[str, Any] = {"store": str(default_store(env)), "assets": default_assets(env)}
        for name, how, _ in declared():
            text = env.get(how.env)
            if text is not None and (text != "" or how.read in (_words, _methods)):
                values[name] = _read(how, text, f"{how.env}={text!r}")
        for name, value in options.items():
            how = _by_name()[name]
            if value is not None:
                values[name] = _read(how, str(value), f"{how.option or name} {value}")
        return replace(cls(), **values)

    @property
    def endpoints(self) -> dict[str, str | None]:
        """The remote endpoints given, as ``store_location`` takes them."""
        return {"query": self.query_endpoint, "update": self.update_endpoint, "graph_store": self.store_endpoint}


def _read(how: Setting, text: str, given: str) -> Any:
    try:
        return how.read(text)
    except ValueError as error:
        raise ValueError(f"{given}: {error}") from None


def declared() -> Iterator[tuple[str, Setting, str]]:
    """Each setting: its field name, how it is given, and its default as the docs show it."""
    for f in fields(Settings):
        how: Setting = f.metadata["setting"]
        if how.shown is not None:
            shown = how.shown
        elif f.default is None:
            shown = "none"
        else:
            shown = str(f.default)
        yield f.name, how, shown


def _by_name() -> dict[str, Setting]:
    return {name: how for name, how, _ in declared()}


def describe() -> str:
    """The environment variables, one line each (the CLI's epilog)."""
    return "\n".join(f"  {how.env:<31} {how.help} (default: {shown})" for _, how, shown in declared())


def table() -> str:
    """The settings as a Markdown table (the README's)."""
    rows = ["| environment variable | option | default | what it sets |", "|---|---|---|---|"]
    for _, how, shown in declared():
        rows.append(f"| `{how.env}` | {f'`{how.option}`' if how.option else ''} | {shown} | {how.help} |")
    return "\n".join(rows)
