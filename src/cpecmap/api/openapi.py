"""Serve the OpenAPI document as OpenAPI 3.0 (the OGC ``oas30`` conformance class).

FastAPI emits OpenAPI 3.1 (JSON Schema 2020-12). This module rewrites the few
constructs 3.0 lacks (``type: null`` unions, ``examples`` arrays in schemas,
``const``, numeric ``exclusiveMinimum``) and replaces FastAPI's 422 responses
with the 400 error body this API really returns.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

_ERROR_REF = {"$ref": "#/components/schemas/ErrorBody"}


def openapi_30(app: FastAPI) -> dict[str, Any]:
    """Build the app's OpenAPI document in OpenAPI 3.0.3 form.

    Parameters
    ----------
    app
        The application (routes and their response models).

    Returns
    -------
    dict
        A valid OpenAPI 3.0.3 document.
    """
    doc = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
        openapi_version="3.0.3",
    )
    doc = _downgrade(doc)
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    for path in doc.get("paths", {}).values():
        for operation in path.values():
            responses = operation.get("responses", {})
            if responses.pop("422", None) is not None and "400" not in responses:
                responses["400"] = {
                    "description": "Invalid parameter; the message says what is valid",
                    "content": {"application/json": {"schema": _ERROR_REF}},
                }
            for status, response in responses.items():
                if status[0] in "45":  # errors are JSON whatever the success type
                    response["content"] = {"application/json": {"schema": _ERROR_REF}}
    return doc


def _downgrade(node: Any) -> Any:
    if isinstance(node, list):
        return [_downgrade(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _downgrade(value) for key, value in node.items()}
    for key in ("anyOf", "oneOf"):
        options = node.get(key)
        if isinstance(options, list) and {"type": "null"} in options:
            rest = [o for o in options if o != {"type": "null"}]
            node.pop(key)
            if len(rest) == 1:
                if "$ref" in rest[0]:
                    node["allOf"] = rest  # 3.0 ignores siblings of $ref
                else:
                    node.update(rest[0])
            else:
                node[key] = rest
            node["nullable"] = True
    if isinstance(node.get("type"), list):  # e.g. ["string", "null"]
        types = [t for t in node["type"] if t != "null"]
        if len(types) < len(node["type"]):
            node["nullable"] = True
        node["type"] = types[0] if len(types) == 1 else "string"
    if "const" in node:
        node["enum"] = [node.pop("const")]
    if (
        "examples" in node
        and isinstance(node["examples"], list)
        and "schema" not in node
        and "in" not in node
    ):
        examples = node.pop("examples")
        if examples:
            node["example"] = examples[0]
    for bound, inclusive in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(node.get(bound), (int, float)) and not isinstance(node.get(bound), bool):
            node[inclusive] = node.pop(bound)
            node[bound] = True
    node.pop("contentMediaType", None)
    return node
