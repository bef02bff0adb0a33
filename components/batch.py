"""Batch extraction on Dask: the same per-article code as ``python -m components extract``,
spread over a local cluster or a running scheduler, results in input order."""
from __future__ import annotations

from pathlib import Path

from components.records import article_to_json


def extract_one(path: str) -> dict:
    """One file's article JSON, or an error record; runs on a worker."""
    from components.ingest import IngestError, decode_article, read_limited
    from components.pipeline import extract_text

    try:
        decoded = decode_article(read_limited(path), filename=path)
    except (OSError, IngestError) as error:
        return {"error": f"{path}: {getattr(error, 'message', error)}"}
    return article_to_json(extract_text(decoded.text, article_id=Path(path).stem, source=path))


def extract_paths(paths: list[str], *, scheduler: str | None = None, workers: int = 2) -> list[dict]:
    """Results of ``extract_one`` for every path, in order, computed on Dask.

    ``scheduler`` is the address of a running ``dask scheduler`` (tcp://host:8786); without it a
    LocalCluster of ``workers`` single-threaded processes is started and stopped here.
    """
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            return client.gather(client.map(extract_one, paths, pure=False))
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        return client.gather(client.map(extract_one, paths, pure=False))
