"""The field reference (docs/fields.md), generated from schema.yaml by ``cpecmap schema``."""

from __future__ import annotations

from cpecmap.schema import SCHEMA, Field


def _row(field: Field) -> str:
    kind = field.type.replace("enum:", "one of ")
    need = "required" if field.required else ""
    origin = "record" if field.origin == "record" else "derived by the build"
    if field.origin == "record" and not field.output:
        origin = "record only (not in the build)"
    text = field.description.replace("|", "\\|")
    return f"| `{field.name}` | {kind} | {origin} | {need} | {text} |"


def fields_markdown() -> str:
    """docs/fields.md as text."""
    out = [
        "# Fields",
        "",
        "Generated from `src/cpecmap/schema.yaml` by `cpecmap schema > docs/fields.md`;",
        "a test keeps this file equal to the schema. Every field has one type in every",
        "layer and every download.",
        "",
        "## Common fields",
        "",
        "| field | type | written by | | meaning |",
        "|---|---|---|---|---|",
        *(_row(f) for f in SCHEMA.fields.values()),
        "",
        "## Fields a layer may add",
        "",
        "A layer lists them under `fields:` in `geodata/layers.yaml`.",
        "",
        "| field | type | written by | | meaning |",
        "|---|---|---|---|---|",
        *(_row(f) for f in SCHEMA.extra_fields.values()),
        "",
        "## Rules",
        "",
    ]
    for name, text in SCHEMA.rules.items():
        out += [f"**{name}** — {' '.join(text.split())}", ""]
    out += ["## Coded values", ""]
    for name, codes in SCHEMA.enums.items():
        out.append(f"**{name}**: " + "; ".join(f"`{c}` {v['label']}" for c, v in codes.items()))
        out.append("")
    out += [
        "## Language tags for `names`",
        "",
        ", ".join(f"`{k}` {v}" for k, v in SCHEMA.languages.items()),
        "",
    ]
    return "\n".join(out)
