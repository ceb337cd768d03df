"""Regenerate the bad-input corpus from the mini fixture: one fault per file.

Run from the repository root: ``python tests/data/bad/make_bad.py``. Each case is
(file name, layer it replaces, feature id the error must name, field it must name).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MINI = HERE.parent / "mini" / "sources"

Doc = dict[str, Any]


def _load(layer: str) -> Doc:
    return json.loads((MINI / f"{layer}.geojson").read_text(encoding="utf-8"))


def _props(doc: Doc, i: int = 0) -> dict[str, Any]:
    return doc["features"][i]["properties"]


def _geom(doc: Doc, geom: Any, i: int = 0) -> Doc:
    doc["features"][i]["geometry"] = geom
    return doc


def _set(field: str, value: Any, i: int = 0) -> Callable[[Doc], Doc]:
    def apply(doc: Doc) -> Doc:
        _props(doc, i)[field] = value
        return doc

    return apply


def _drop(field: str) -> Callable[[Doc], Doc]:
    def apply(doc: Doc) -> Doc:
        del _props(doc)[field]
        return doc

    return apply


def _source(**changes: Any) -> Callable[[Doc], Doc]:
    def apply(doc: Doc) -> Doc:
        src = dict(_props(doc)["sources"][0])
        for key, value in changes.items():
            if value is None:
                src.pop(key, None)
            else:
                src[key] = value
        _props(doc)["sources"] = [src]
        return doc

    return apply


def _milestone(i: int, **changes: Any) -> Callable[[Doc], Doc]:
    def apply(doc: Doc) -> Doc:
        _props(doc)["milestones"][i].update(changes)
        return doc

    return apply


def _duplicate(doc: Doc) -> Doc:
    _props(doc, 1)["id"] = _props(doc, 0)["id"]
    return doc


# (file, layer, feature id named, field named, how to break it)
JSON_CASES: list[tuple[str, str, str | None, str | None, Callable[[Doc], Doc]]] = [
    (
        "wrong-geometry-type.geojson",
        "plants",
        "sahiwal",
        "geometry",
        lambda d: _geom(d, {"type": "LineString", "coordinates": [[73.2, 30.7], [73.3, 30.8]]}),
    ),
    (
        "unclosed-polygon.geojson",
        "zones",
        "test-zone",
        "geometry",
        lambda d: _geom(
            d,
            {
                "type": "Polygon",
                "coordinates": [[[62.3, 25.1], [62.4, 25.1], [62.4, 25.2], [62.3, 25.2]]],
            },
        ),
    ),
    (
        "self-intersecting-polygon.geojson",
        "zones",
        "test-zone",
        "geometry",
        lambda d: _geom(
            d,
            {
                "type": "Polygon",
                "coordinates": [
                    [[62.3, 25.1], [62.4, 25.2], [62.4, 25.1], [62.3, 25.2], [62.3, 25.1]]
                ],
            },
        ),
    ),
    (
        "empty-geometry.geojson",
        "plants",
        "sahiwal",
        "geometry",
        lambda d: _geom(d, {"type": "Point", "coordinates": []}),
    ),
    ("null-geometry.geojson", "plants", "sahiwal", "geometry", lambda d: _geom(d, None)),
    (
        "swapped-lat-lon.geojson",
        "plants",
        "sahiwal",
        "geometry",
        lambda d: _geom(d, {"type": "Point", "coordinates": [30.7142, 73.238]}),
    ),
    (
        "outside-region.geojson",
        "plants",
        "sahiwal",
        "geometry",
        lambda d: _geom(d, {"type": "Point", "coordinates": [2.35, 48.85]}),
    ),
    ("duplicate-id.geojson", "plants", "sahiwal", "id", _duplicate),
    ("missing-name.geojson", "plants", "sahiwal", "name", _drop("name")),
    ("missing-sources-field.geojson", "plants", "sahiwal", "sources", _drop("sources")),
    ("unknown-domain.geojson", "plants", "sahiwal", "domain", _set("domain", "space")),
    ("unknown-status.geojson", "plants", "sahiwal", "status", _set("status", "finished")),
    ("typed-phase.geojson", "plants", "sahiwal", "phase", _set("phase", "II")),
    ("unknown-category.geojson", "plants", "sahiwal", "category", _set("category", "gas")),
    (
        "date-in-future.geojson",
        "plants",
        "sahiwal",
        "milestones[1].date",
        _milestone(1, date="2091"),
    ),
    (
        "date-before-1950.geojson",
        "plants",
        "sahiwal",
        "milestones[0].date",
        _milestone(0, date="1901"),
    ),
    (
        "operation-before-construction.geojson",
        "plants",
        "sahiwal",
        "milestones",
        lambda d: _set(
            "milestones",
            [{"event": "operation", "date": "2005"}, {"event": "construction", "date": "2015"}],
        )(d),
    ),
    (
        "milestones-out-of-order.geojson",
        "plants",
        "sahiwal",
        "milestones[1].date",
        _milestone(1, date="2012"),
    ),
    (
        "date-not-a-string.geojson",
        "plants",
        "sahiwal",
        "milestones[1].date",
        _milestone(1, date=2017),
    ),
    (
        "unknown-event.geojson",
        "plants",
        "sahiwal",
        "milestones[0].event",
        _milestone(0, event="opened"),
    ),
    ("status-and-milestones.geojson", "plants", "sahiwal", "status", _set("status", "operational")),
    (
        "names-bad-language.geojson",
        "plants",
        "sahiwal",
        "names.xx",
        _set("names", {"xx": "Sahiwal"}),
    ),
    (
        "link-to-missing-feature.geojson",
        "plants",
        "sahiwal",
        "links[0].id",
        _set("links", [{"rel": "feeds", "id": "no-such-plant"}]),
    ),
    (
        "link-unknown-relation.geojson",
        "plants",
        "sahiwal",
        "links[0].rel",
        _set("links", [{"rel": "likes", "id": "port-qasim-coal"}]),
    ),
    ("no-sources.geojson", "plants", "sahiwal", "sources", _set("sources", [])),
    ("source-without-url.geojson", "plants", "sahiwal", "sources[0].url", _source(url=None)),
    (
        "source-javascript-url.geojson",
        "plants",
        "sahiwal",
        "sources[0].url",
        _source(url="javascript:alert(1)"),
    ),
    ("source-bad-date.geojson", "plants", "sahiwal", "sources[0].date", _source(date="last year")),
    ("over-long-name.geojson", "plants", "sahiwal", "name", _set("name", "Sahiwal " * 40)),
    ("negative-capacity.geojson", "plants", "sahiwal", "capacity_mw", _set("capacity_mw", -5)),
    ("bad-id.geojson", "plants", "Sahiwal Plant!", "id", _set("id", "Sahiwal Plant!")),
    ("unknown-field.geojson", "plants", "sahiwal", "capcity_mw", _set("capcity_mw", 1)),
    (
        "stated-length-mismatch.geojson",
        "links",
        "test-road",
        "length_km_stated",
        _set("length_km_stated", 500, i=0),
    ),
    (
        "route-unknown-feature.geojson",
        "links",
        "test-fibre",
        "route",
        _set("route", [{"along": "no-such-road"}], i=1),
    ),
]

# Raw-text cases: (file, layer, feature id named, field named, text transform)
TEXT_CASES: list[tuple[str, str, str | None, str | None, Callable[[str], bytes]]] = [
    (
        "broken-json.geojson",
        "plants",
        "sahiwal",
        None,
        lambda t: t.replace('"capacity_mw": 1320,', '"capacity_mw": 1320,,', 1).encode(),
    ),
    ("truncated.geojson", "plants", None, None, lambda t: t[: len(t) // 2].encode()),
    (
        "nan-coordinate.geojson",
        "plants",
        "sahiwal",
        "geometry",
        lambda t: t.replace("73.238", "NaN", 1).encode(),
    ),
    (
        "infinite-coordinate.geojson",
        "plants",
        "sahiwal",
        "geometry",
        lambda t: t.replace("73.238", "Infinity", 1).encode(),
    ),
    (
        "non-utf8.geojson",
        "plants",
        "sahiwal",
        "name",
        lambda t: t.replace("Sahiwal coal", "Sahiwal \u00e9coal", 1).encode("latin-1"),
    ),
    (
        "not-a-feature-collection.geojson",
        "plants",
        None,
        "type",
        lambda t: b'{"type": "Feature", "properties": {}, "geometry": null}',
    ),
]


def main() -> None:
    rows = []
    for name, layer, fid, field, breaker in JSON_CASES:
        doc = breaker(copy.deepcopy(_load(layer)))
        (HERE / name).write_text(
            json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        rows.append((name, layer, fid, field))
    for name, layer, fid, field, breaker in TEXT_CASES:
        text = (MINI / f"{layer}.geojson").read_text(encoding="utf-8")
        (HERE / name).write_bytes(breaker(text))
        rows.append((name, layer, fid, field))
    lines = [
        "# The bad-input corpus",
        "",
        "Generated by `python tests/data/bad/make_bad.py` from the mini fixture: each file",
        "replaces one layer's source and carries exactly one fault. `tests/test_bad_input.py`",
        "checks that `cpecmap build` and `cpecmap validate` reject each one with a message",
        "naming the file, the feature id and the field (where the fault has them), and that",
        "the previous build stays byte-identical. A file over the size limit is made at test",
        "time instead of being committed.",
        "",
        "| file | replaces layer | feature named | field named |",
        "|---|---|---|---|",
        *(f"| `{n}` | {lyr} | {f or '—'} | {fld or '—'} |" for n, lyr, f, fld in rows),
        "",
    ]
    (HERE / "README.md").write_text("\n".join(lines), encoding="utf-8")
    (HERE / "cases.json").write_text(
        json.dumps(
            [dict(file=n, layer=lyr, feature=f, field=fld) for n, lyr, f, fld in rows], indent=1
        )
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
