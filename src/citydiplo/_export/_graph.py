"""networkx graphs of partnerships, and GraphML/GEXF files with time on the edges."""

from __future__ import annotations

import datetime
import os
from typing import Any

from citydiplo._atomic import atomic_path
from citydiplo._dataset import Dataset
from citydiplo._errors import check_args
from citydiplo._export._extras import require
from citydiplo._model import Partnership
from citydiplo._query._types import DateLike, as_date_value
from citydiplo.dates import RecordDate, YearlessDate, dated

__all__ = ["to_networkx", "write_gexf", "write_graphml"]


def _iso(day: datetime.date) -> str | None:
    return None if day in (datetime.date.min, datetime.date.max) else day.isoformat()


def _date_attrs(prefix: str, value: RecordDate | None) -> dict[str, str]:
    if value is None:
        return {}
    out = {prefix: str(value)}
    if isinstance(value, YearlessDate):  # no bounds
        return out
    for suffix, day in (("earliest", value.earliest()), ("latest", value.latest())):
        iso = _iso(day)
        if iso is not None:
            out[f"{prefix}_{suffix}"] = iso
    return out


def _edge_attrs(p: Partnership) -> dict[str, Any]:
    attrs: dict[str, Any] = {"id": p.id, "kind": p.kind.value}
    if p.status is not None:
        attrs["status"] = p.status.value
    if p.fields:
        attrs["fields"] = ";".join(sorted(f.value for f in p.fields))
    attrs.update(_date_attrs("start", p.established))
    attrs.update(_date_attrs("end", p.ended))
    return attrs


def to_networkx(dataset: Dataset, *, at: DateLike | None = None) -> Any:
    """A ``networkx.MultiGraph`` of the dataset's partnerships (the ``graph`` extra).

    Nodes are every actor, keyed by id, with ``name``, ``type`` and, when known,
    ``country`` and ``subdivision``; a party that is no actor gets a node with its id as
    name. Edges are partnerships, keyed by partnership id, with ``kind``, ``status``,
    ``fields`` and the dates: ``start``/``end`` as EDTF text, ``start_earliest``,
    ``start_latest``, ``end_earliest``, ``end_latest`` as ISO dates (absent when unknown or
    open). With ``at``, only partnerships that may be in force then are kept (as
    :meth:`Dataset.partners` does). Attributes that are unknown are left out, so that
    GraphML can write the graph.

    >>> from citydiplo import City, Dataset, Partnership, PartialDate
    >>> g = to_networkx(Dataset.of([City(id="a", name="A", country="KR"),
    ...     City(id="b", name="B"), Partnership(id="p", parties=("a", "b"),
    ...     established=PartialDate("2003"))]))
    >>> g.nodes["a"]["country"], g.edges["a", "b", "p"]["start_earliest"]
    ('KR', '2003-01-01')
    """
    check_args("to_networkx", dataset=(dataset, Dataset))
    nx = require("networkx", "graph")
    graph = nx.MultiGraph()
    for actor in dataset.actors:
        if actor.id in graph:
            continue
        node: dict[str, Any] = {"name": actor.name, "type": actor.type}
        if actor.country is not None:
            node["country"] = actor.country
        if actor.subdivision is not None:
            node["subdivision"] = actor.subdivision
        graph.add_node(actor.id, **node)
    partnerships = dataset.partnerships
    if at is not None:
        value = as_date_value(at, "at")
        lo, hi = value.earliest(), value.latest()
        partnerships = tuple(
            p
            for p in partnerships
            if ((start := dated(p.established)) is None or start.earliest() <= hi)
            and ((end := dated(p.ended)) is None or lo <= end.latest())
        )
    for p in partnerships:
        for party in p.parties:
            if party not in graph:
                graph.add_node(party, name=party, type="unknown")
        graph.add_edge(*p.parties, key=p.id, **_edge_attrs(p))
    return graph


def write_graphml(
    dataset: Dataset, path: str | os.PathLike[str], *, at: DateLike | None = None
) -> None:
    """Write the partnership graph as GraphML; dates are edge data (see
    :func:`to_networkx`).

    >>> import pathlib, tempfile
    >>> from citydiplo import load_seeds
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_graphml(load_seeds(), pathlib.Path(tmp) / "seeds.graphml")
    ...     text = (pathlib.Path(tmp) / "seeds.graphml").read_text(encoding="utf-8")
    >>> text.count("<edge "), text.count("<node ")
    (14, 57)
    """
    check_args("write_graphml", dataset=(dataset, Dataset), path=(path, (str, os.PathLike)))
    nx = require("networkx", "graph")
    graph = to_networkx(dataset, at=at)
    with atomic_path(path) as temporary:
        nx.write_graphml(graph, os.fspath(temporary))


def write_gexf(
    dataset: Dataset, path: str | os.PathLike[str], *, at: DateLike | None = None
) -> None:
    """Write the partnership graph as a dynamic GEXF file for Gephi.

    Each edge's GEXF ``start`` is the first day its partnership may have been established
    and its ``end`` the last day it may have ended (left out when open or unknown); the
    EDTF texts are kept as the ``established`` and ``ended`` attributes.

    >>> import pathlib, tempfile
    >>> from citydiplo import load_seeds
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_gexf(load_seeds(), pathlib.Path(tmp) / "seeds.gexf")
    ...     text = (pathlib.Path(tmp) / "seeds.gexf").read_text(encoding="utf-8")
    >>> 'mode="dynamic"' in text, text.count("<edge ")
    (True, 14)
    """
    check_args("write_gexf", dataset=(dataset, Dataset), path=(path, (str, os.PathLike)))
    nx = require("networkx", "graph")
    graph = to_networkx(dataset, at=at)
    for _, node in graph.nodes(data=True):
        node["label"] = node["name"]
    for _, _, data in graph.edges(data=True):
        established, ended = data.pop("start", None), data.pop("end", None)
        start, end = data.get("start_earliest"), data.get("end_latest")
        if established is not None:
            data["established"] = established
        if ended is not None:
            data["ended"] = ended
        if start is not None:
            data["start"] = start
        if end is not None:
            data["end"] = end
    with atomic_path(path) as temporary:
        nx.write_gexf(graph, os.fspath(temporary))
