"""Command line: ``cpecmap curate | validate | build | layers | schema | serve | export``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cpecmap.errors import BuildMissing, CpecmapError, ValidationFailed
from cpecmap.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        sources_dir=getattr(args, "sources", None),
        catalog_path=getattr(args, "catalog", None),
        build_dir=getattr(args, "out", None),
        host=getattr(args, "host", None),
        port=getattr(args, "port", None),
    )


def cmd_validate(args: argparse.Namespace) -> int:
    from cpecmap.pipeline import validate

    result = validate(_settings(args))
    total = sum(len(v) for v in result.layers.values())
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"ok: {total} features in {len(result.layers)} layers are valid")
    return 0


def cmd_curate(args: argparse.Namespace) -> int:
    from cpecmap.curate import curate

    settings = _settings(args)
    written, changed = curate(settings, check=args.check)
    if args.check:
        if changed:
            print("out of date (run `cpecmap curate`): " + ", ".join(p.name for p in changed))
            return 1
        print(f"ok: {len(written)} source files match the records")
        return 0
    print(f"wrote {len(written)} source files into {settings.sources_dir} ({len(changed)} changed)")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from cpecmap.schema_docs import fields_markdown

    sys.stdout.write(fields_markdown())
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from cpecmap.pipeline import build

    settings = _settings(args)
    manifest = build(settings)
    total = sum(layer["count"] for layer in manifest["layers"])
    for warning in manifest.get("warnings", []):
        print(f"warning: {warning}", file=sys.stderr)
    print(f"built {total} features in {len(manifest['layers'])} layers into {settings.build_dir}")
    print(f"data version {manifest['data_version']}")
    if args.list:
        _print_layers(manifest["layers"])
    return 0


def _print_layers(layers: list[dict]) -> None:
    print(f"{'layer':<18} {'domain':<8} {'count':>5}  {'km':>8}  {'MW':>8}  title")
    for layer in layers:
        totals = layer.get("totals") or {}
        km = totals.get("length_km")
        mw = totals.get("capacity_mw")
        print(
            f"{layer['id']:<18} {layer['domain']:<8} {layer['count']:>5}  "
            f"{'' if km is None else f'{km:,.0f}':>8}  {'' if mw is None else f'{mw:,.0f}':>8}  "
            f"{layer['title']}"
        )


def cmd_layers(args: argparse.Namespace) -> int:
    settings = _settings(args)
    manifest_path = settings.build_dir / "manifest.json"
    if manifest_path.is_file():
        try:
            layers = json.loads(manifest_path.read_text(encoding="utf-8"))["layers"]
        except (ValueError, KeyError, TypeError) as exc:
            raise BuildMissing(
                f"{manifest_path} is not a valid manifest ({exc}); run `cpecmap build`"
            ) from exc
    else:
        from cpecmap.pipeline import validate

        result = validate(settings)
        layers = [
            {**layer.as_dict(), "count": len(result.layers[layer.id]), "totals": {}}
            for layer in result.catalog.layers
        ]
    if args.json:
        print(json.dumps([{k: v for k, v in lyr.items()} for lyr in layers], indent=1))
    else:
        _print_layers(layers)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from cpecmap.api import serve

    serve(_settings(args))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from cpecmap import export

    return export.run(args, _settings(args))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cpecmap", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def paths(p: argparse.ArgumentParser) -> None:
        p.add_argument("--sources", type=Path, help="folder of layer source files")
        p.add_argument("--catalog", type=Path, help="the catalogue (layers.yaml)")
        p.add_argument("--out", type=Path, help="build folder (default geodata/build)")

    p = sub.add_parser("curate", help="write the source files from the records")
    paths(p)
    p.add_argument("--check", action="store_true", help="only say whether they are up to date")
    p.set_defaults(func=cmd_curate)
    p = sub.add_parser("schema", help="print the field reference (docs/fields.md)")
    p.set_defaults(func=cmd_schema)
    p = sub.add_parser("validate", help="check the records (or sources) without writing")
    paths(p)
    p.set_defaults(func=cmd_validate)
    p = sub.add_parser("build", help="validate and write the built layers")
    paths(p)
    p.add_argument("--list", action="store_true", help="list the layers afterwards")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("layers", help="list the layers with their feature counts")
    paths(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_layers)
    p = sub.add_parser("serve", help="serve the web map and API")
    paths(p)
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("export", help="export a standalone HTML map or a static site")
    paths(p)
    p.add_argument("kind", choices=["html", "site"])
    p.add_argument("target", type=Path)
    p.add_argument("--layers", help="comma-separated layer ids (default: all)")
    p.add_argument("--title", default="cpecmap — China–Pakistan infrastructure atlas")
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except ValidationFailed as exc:
        print(f"cpecmap {args.command}: {exc.message}", file=sys.stderr)
        return 1
    except CpecmapError as exc:
        print(f"cpecmap {args.command}: {exc.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
