"""Batch extraction: the same per-article code as the app, over files and folders, in one process or on Dask.

Results stream out in input order, so an archive of millions of articles never sits in memory: on Dask
the files go to the workers in chunks (one task per file would spend as much time scheduling as
extracting), and only a bounded window of chunks is in flight at once.
"""
from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from itertools import islice
from pathlib import Path
from tempfile import TemporaryDirectory
from time import perf_counter
from typing import TextIO

from components.ingest import IngestError, decode_article, each_article_file, read_limited
from components.records import Article, article_json_line, article_to_json

CHUNK = 100  # files per Dask task: ~0.2 s of extraction, well past the scheduler's ~1 ms per task
STARTS = 3  # tries at starting a LocalCluster whose worker died while starting (local_cluster)
WINDOW = 4  # chunks in flight per worker thread: workers never wait, memory stays bounded

Item = str | dict  # a file's path, or the error record of a folder that holds no article files
Record = tuple[str, str, str, str | None]  # a stored article: id, source, text, publication date


def article_items(paths: Iterable[str]) -> Iterator[Item]:
    """The files named, and the article files under the folders named (sorted), in order."""
    return ({"error": why} if why else path for path, why in each_article_file(paths))


def extract_one(item: Item) -> dict:
    """One file's article JSON (``records.article_to_json``), or an error record."""
    article = _article(item)
    return article if isinstance(article, dict) else article_to_json(article)


def rendered(item: Item, timings: dict[str, float] | None = None) -> str | dict:
    """One file's article as its line of ``write_articles``'s output, or its error record; what a worker sends
    back (a string unpickles and writes far faster than the article's dicts). ``timings``: the benchmark's,
    with reading and the JSON timed apart from ``pipeline.STAGES``."""
    article = _article(item, timings)
    if isinstance(article, dict):
        return article
    if timings is None:
        return article_json_line(article)
    began = perf_counter()
    line = article_json_line(article)
    timings["JSON"] = timings.get("JSON", 0.0) + perf_counter() - began
    return line


def _article(item: Item, timings: dict[str, float] | None = None) -> Article | dict:
    from components.pipeline import extract_text

    if isinstance(item, dict):
        return item
    began = perf_counter()
    try:
        decoded = decode_article(read_limited(item), filename=item)
    except IngestError as error:  # its message names the file
        return {"error": error.message}
    except OSError as error:
        return {"error": f"{item}: {error}"}
    if timings is not None:
        timings["read"] = timings.get("read", 0.0) + perf_counter() - began
    return extract_text(decoded.text, article_id=Path(item).stem, source=item, timings=timings)


def extract_chunk(items: list[Item]) -> list[str | dict]:
    """``rendered`` of each item: one Dask task."""
    return [rendered(item) for item in items]


def extract_stream(items: Iterable[Item], *, engine: str = "local", scheduler: str | None = None,
                   workers: int = 2, chunk: int = CHUNK) -> Iterator[str | dict]:
    """``rendered`` of every item, in input order: here, or with ``engine="dask"`` on ``dask_client``'s cluster
    (whose workers must be able to read the files)."""
    if engine == "local":
        yield from map(rendered, items)
        return
    with dask_client(scheduler, workers) as client:
        yield from extract_on(client, items, chunk)


def extract_on(client, items: Iterable[Item], chunk: int = CHUNK) -> Iterator[str | dict]:
    """``rendered`` of every item on a Dask ``Client``'s cluster, in chunks, in input order."""
    return spread(client, extract_chunk, items, chunk)


def extraction(record: Record) -> tuple[str, str]:
    """A stored article's id and its extraction's JSON, as the store keeps it."""
    from components.pipeline import extraction_line

    article_id, source, text, published = record
    return article_id, extraction_line(text, article_id=article_id, source=source, published=published)


def extraction_chunk(records: list[Record]) -> list[tuple[str, str]]:
    """``extraction`` of each record: one Dask task."""
    return [extraction(record) for record in records]


def extractions_on(client, chunk: int = CHUNK) -> Callable[[Iterable[Record]], Iterator[tuple[str, str]]]:
    """``Store.reextract``'s ``spread``: the stored articles' extractions computed on the client's cluster."""
    return partial(spread, client, extraction_chunk, chunk=chunk)


def prepared_chunk(paths: list[str]) -> list:
    """``store.prepare_file`` of each path: one Dask task of ``Store.ingest_each``."""
    from components.store import prepare_file

    return [prepare_file(path) for path in paths]


def prepared_on(client, chunk: int = CHUNK) -> Callable[[Iterable[str]], Iterator]:
    """``Store.ingest_each``'s ``spread``: the files read and extracted on the client's cluster."""
    return partial(spread, client, prepared_chunk, chunk=chunk)


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2) -> Iterator:
    """A Dask ``Client`` of the running ``dask scheduler`` at ``scheduler`` (tcp://host:8786), or of a
    LocalCluster of ``workers`` single-threaded processes started here and stopped after."""
    from distributed import Client

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with TemporaryDirectory(prefix="libya-map-dask-") as workspace, local_cluster(workers, workspace) as cluster, \
            Client(cluster) as client:
        yield client


def local_cluster(workers: int, workspace: str, starts: int = STARTS):
    """A LocalCluster of ``workers`` single-threaded processes with their scratch space in ``workspace`` (the
    run's own, so no other run's leftovers are purged under it). A worker process that dies while starting
    (Dask then reports only "Nanny failed to start") fails the whole cluster; it is started again, saying so,
    up to ``starts`` times."""
    from distributed import LocalCluster

    for start in range(1, starts + 1):
        try:
            return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                                local_directory=workspace)
        except (RuntimeError, TimeoutError, OSError) as error:
            if start == starts:
                raise
            print(f"Dask: a worker failed to start ({error}); starting the local cluster again "
                  f"({start + 1} of {starts})", file=sys.stderr)


def spread(client, task: Callable[[list], list], items: Iterable, chunk: int = CHUNK) -> Iterator:
    """``task`` over ``items`` in chunks on the client's cluster, the results one by one in input order; at most
    ``WINDOW`` chunks per worker thread are in flight, so neither side ever holds the whole input or output."""
    chunks = _chunks(items, chunk)
    threads = max(1, sum(client.nthreads().values()))
    pending = deque(client.submit(task, part, pure=False) for part in islice(chunks, WINDOW * threads))
    while pending:
        future = pending.popleft()
        results = future.result()
        future.release()
        for part in islice(chunks, 1):  # keep the window full before handing the results on
            pending.append(client.submit(task, part, pure=False))
        yield from results


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while part := list(islice(it, size)):
        yield part


def write_articles(results: Iterable[str | dict], out: TextIO, errors: TextIO) -> tuple[int, int]:
    """Write ``{"articles": [...]}`` from ``rendered`` results as they stream, one article a line (valid JSON
    as a whole; ``head``, ``grep`` and a line reader work on it too). Each error record goes to ``errors`` as
    a line instead. Returns (articles, errors)."""
    written = failed = 0
    out.write('{"articles": [\n')
    for result in results:
        if isinstance(result, dict):
            errors.write(f"error: {result['error']}\n")
            failed += 1
            continue
        if written:
            out.write(",\n")
        out.write(result)
        written += 1
    out.write("\n]}\n" if written else "]}\n")
    return written, failed
