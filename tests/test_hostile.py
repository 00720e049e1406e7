"""Hostile traffic against `uncac-kg serve` (a subprocess on a loopback port, on-disk store):
explosive and malicious queries are stopped by the time limit or refused by the size
limits, malformed requests get a 4xx, and the server keeps answering other clients."""

from __future__ import annotations

import concurrent.futures
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from helpers import disk_store, serving

pytestmark = pytest.mark.slow  # (these tests start the CLI, a server or a checker as a process)

SIMPLE = "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/uncac-kg/ontology#Document> }"
LIMIT_BYTES = 200_000

#: name → (request arguments for httpx.request, the statuses that count as handled)
HOSTILE: dict[str, tuple[dict[str, object], set[int]]] = {
    "explosive join": ({"params": {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"}},
                       {503}),
    "unbounded property paths": ({"params": {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:x>)* ?b . "
                                                      "?c (!<urn:y>)* ?d }"}}, {503}),
    "memory bomb": ({"params": {"query": 'SELECT (STRLEN(?x40) AS ?n) WHERE { BIND("0123456789" AS ?x0) '
                                         + " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(40))
                                         + " }"}}, {503}),
    "deeply nested groups": ({"content": ("SELECT * WHERE " + "{" * 50_000 + "}" * 50_000).encode(),
                              "headers": {"Content-Type": "application/sparql-query"}}, {400}),
    "deeply nested expressions": ({"params": {"query": "SELECT (" + "(" * 5000 + "1" + ")" * 5000 + " AS ?x) {}"}},
                                  {400}),
    "huge VALUES": ({"content": ("SELECT * WHERE { VALUES ?x { " + " ".join(f'"{i}"' for i in range(60_000))
                                 + " } }").encode(), "headers": {"Content-Type": "application/sparql-query"}},
                    {413}),
    "giant literal": ({"content": ('SELECT (STRLEN("' + "腐" * 60_000 + '") AS ?n) {}').encode(),
                       "headers": {"Content-Type": "application/sparql-query"}}, {200}),
    "giant literal over the limit": ({"content": ('ASK { FILTER("' + "x" * (LIMIT_BYTES + 10) + '" != "") }')
                                      .encode(), "headers": {"Content-Type": "application/sparql-query"}}, {413}),
    "huge URL": ({"params": {"query": "SELECT * WHERE { VALUES ?x { " + " ".join(f'"{i}"' for i in range(5_000))
                             + " } }"}}, {200, 400, 413, 414, 431}),
    "body not UTF-8": ({"content": b"SELECT * WHERE { ?s ?p \xff\xfe }",
                        "headers": {"Content-Type": "application/sparql-query"}}, {400}),
    "form not UTF-8": ({"content": b"query=SELECT%20%FF%FE", "headers": {
        "Content-Type": "application/x-www-form-urlencoded"}}, {400}),
    "query string not UTF-8": ({"params": {"query": "ASK {}"}, "url_suffix": "&format=%FF"}, {400}),
    "unknown media type": ({"content": b"ASK {}", "headers": {"Content-Type": "application/x-foo"}}, {415}),
    "no content type": ({"content": b"ASK {}"}, {415}),
    "unknown result format": ({"params": {"query": "ASK {}", "format": "pdf"}}, {400}),
    "syntax error": ({"params": {"query": "SELECT WHERE {"}}, {400}),
    "empty query": ({"params": {"query": "   "}}, {400}),
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = disk_store(tmp_path_factory.mktemp("hostile") / "store")
    with serving(store, UNCAC_KG_QUERY_TIMEOUT="3", UNCAC_KG_QUERY_WORKERS="2",
                 UNCAC_KG_QUERY_MEMORY=str(2 * 2**30), UNCAC_KG_MAX_REQUEST_BYTES=str(LIMIT_BYTES)) as url:
        yield url


def _send(server: str, arguments: dict[str, object]) -> httpx.Response:
    arguments = dict(arguments)
    suffix = str(arguments.pop("url_suffix", ""))
    method = "POST" if "content" in arguments else "GET"
    url = f"{server}/sparql"
    if suffix:
        url += f"?{httpx.QueryParams(arguments.pop('params'))}{suffix}"  # type: ignore[arg-type]
    return httpx.request(method, url, timeout=60, **arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_request_is_handled_and_others_still_answered(server: str, name: str) -> None:
    arguments, expected = HOSTILE[name]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        hostile = pool.submit(_send, server, arguments)
        time.sleep(0.2)
        other = httpx.get(f"{server}/sparql", params={"query": SIMPLE}, timeout=60)
        response = hostile.result()
    assert response.status_code in expected, (response.status_code, response.text[:300])
    if response.status_code >= 400:
        error = response.json()["error"]
        assert error["status"] == response.status_code and error["detail"]
        assert "\n" not in error["detail"]
    assert other.status_code == 200
    assert int(other.json()["results"]["bindings"][0]["n"]["value"]) == 5


@pytest.mark.parametrize("raw, lowest", [
    (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: abc\r\n\r\n"
     b"ASK {}", 400),
    (b"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost: x\r\nAccept: \xff\xfe\r\n\r\n", 200),  # default format
    (b"BREW /sparql HTTP/1.1\r\nHost: x\r\n\r\n", 400),
    (b"GARBAGE\r\n\r\n", 400),
])
def test_malformed_http_gets_no_5xx(server: str, raw: bytes, lowest: int) -> None:
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(raw)
        status_line = connection.recv(4096).split(b"\r\n", 1)[0]
    status = int(status_line.split()[1])
    assert lowest <= status < 500, status_line
    assert httpx.get(f"{server}/sparql", params={"query": SIMPLE}).status_code == 200


def test_slow_client_does_not_block_others(server: str) -> None:
    """A client that sends half a request and then stalls holds only its own connection."""
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as slow:
        slow.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 1000\r\n\r\nSELECT")
        for _ in range(3):
            response = httpx.get(f"{server}/sparql", params={"query": SIMPLE}, timeout=10)
            assert response.status_code == 200


def test_many_stopped_queries_leave_the_pool_whole(server: str) -> None:
    """Four explosive queries at once (twice the workers): all stopped, then all workers answer."""
    explosive = HOSTILE["explosive join"][0]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(_send, server, explosive) for _ in range(4)]
        statuses = {future.result().status_code for future in futures}
    assert statuses == {503}
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: httpx.get(f"{server}/sparql", params={"query": SIMPLE}, timeout=60),
                                range(8)))
    assert {a.status_code for a in answers} == {200}



def test_large_answers_while_clients_leave(server: str) -> None:
    """Answers over a megabyte come from the query worker in a second message, read beside
    the event loop; clients that leave before their answer must not cost a worker."""
    from pyoxigraph import RdfFormat, parse

    # Over a megabyte, yet quick enough that all the requests below fit in the 3 s limit.
    everything = {"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 9000"}
    accept = {"Accept": "application/n-triples"}

    def triples(body: bytes) -> set[object]:
        return set(parse(body, format=RdfFormat.N_TRIPLES))

    first = httpx.get(f"{server}/sparql", params=everything, headers=accept, timeout=60)
    assert first.status_code == 200 and 2**20 < len(first.content) < 4 * 2**20
    expected = triples(first.content)
    request = (f"GET /sparql?{httpx.QueryParams(everything)} HTTP/1.1\r\nHost: x\r\n"
               "Accept: application/n-triples\r\n\r\n").encode()
    host, port = server.removeprefix("http://").split(":")
    for _ in range(6):
        with socket.create_connection((host, int(port))) as leaving:
            leaving.sendall(request)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: httpx.get(f"{server}/sparql", params=everything, headers=accept,
                                                    timeout=60), range(4)))
    assert all(a.status_code == 200 and triples(a.content) == expected for a in answers)
    assert httpx.get(f"{server}/sparql", params={"query": SIMPLE}, timeout=30).status_code == 200
