"""The web map's message catalogue (web/i18n/en.json) against the code that uses it.

Every key the JavaScript or index.html asks for exists, every key in the catalogue is
used, the placeholders a call fills are the ones its message has, and no user-visible
English is left in the scripts (a string literal reading like prose).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parents[1] / "web"
JS = sorted((WEB / "js").glob("*.js"))
CATALOGUE = WEB / "i18n" / "en.json"

# t("key", {a: …, b}) and tn("key", n, {…}); the params object is read when it is inline.
CALL = re.compile(r"\b(tn?)\(\s*\"([^\"]+)\"\s*(?:,\s*([^,(){}]+?))?\s*(?:,\s*\{([^{}]*)\})?\s*\)")
T_PARAMS = re.compile(r"\bt\(\s*\"([^\"]+)\"\s*,\s*\{([^{}]*)\}\s*\)")
WORD_PREFIX = re.compile(r"\b(?:word|label)\(\s*\"([^\"]+)\"")
STRING = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|`(?:[^`\\]|\\.)*`")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _messages() -> dict[str, str]:
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("@")}


def _code(path: Path) -> str:
    """The script without comments (block and line comments outside strings)."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"(?m)^\s*//.*$|(?<=[;,{}()\]])\s*//[^\n\"`]*$", "", text)


def _param_names(obj: str) -> set[str]:
    """The keys of an inline object literal: {a: 1, b, ...rest} → {a, b}."""
    names = set()
    for part in STRING.sub('""', obj).split(","):
        part = part.strip()
        if not part or part.startswith("..."):
            continue
        names.add(part.split(":")[0].strip())
    return names


def _used_keys() -> tuple[set[str], set[str], set[str]]:
    """(keys asked for with t, counted keys asked for with tn, prefixes used with word)."""
    plain, counted, prefixes = set(), set(), set()
    for path in JS:
        code = _code(path)
        for fn, key, _n, _params in CALL.findall(code):
            (counted if fn == "tn" else plain).add(key)
        prefixes.update(WORD_PREFIX.findall(code))
    html = (WEB / "index.html").read_text(encoding="utf-8")
    plain.update(re.findall(r'data-i18n="([^"]+)"', html))
    for attrs in re.findall(r'data-i18n-attr="([^"]+)"', html):
        plain.update(pair.split(":")[1].strip() for pair in attrs.split(";"))
    return plain, counted, prefixes


def test_catalogue_is_flat_strings() -> None:
    for key, value in _messages().items():
        assert isinstance(value, str) and value, (
            f"{CATALOGUE.name}: {key!r} must be a non-empty string"
        )


def test_every_key_used_exists() -> None:
    messages = _messages()
    plain, counted, _ = _used_keys()
    assert plain, 'no t("…") call found: the pattern no longer matches the code'
    missing = sorted(k for k in plain if k not in messages)
    missing += sorted(f"{k}.other" for k in counted if f"{k}.other" not in messages)
    assert not missing, f"keys used in web/ but absent from {CATALOGUE.name}: {missing}"


def test_every_key_in_the_catalogue_is_used() -> None:
    plain, counted, prefixes = _used_keys()
    literals = {m[1:-1] for path in JS for m in STRING.findall(_code(path))}
    unused = [
        key
        for key in _messages()
        if key not in plain
        and key not in literals  # a key kept in a data list, e.g. mapview.js STATUS_LOOKS
        and key.rsplit(".", 1)[0] not in counted
        and not any(key.startswith(f"{p}.") for p in prefixes)
    ]
    assert not unused, f"{CATALOGUE.name} has keys nothing uses: {unused}"


def test_placeholders_filled_are_the_messages_placeholders() -> None:
    messages = _messages()
    checked = 0
    for path in JS:
        for key, obj in T_PARAMS.findall(_code(path)):
            if key not in messages:
                continue  # reported by test_every_key_used_exists
            wanted = set(PLACEHOLDER.findall(messages[key]))
            given = _param_names(obj)
            assert wanted <= given, (
                f"{path.name}: t({key!r}) does not fill {sorted(wanted - given)}"
            )
            assert given <= wanted, (
                f"{path.name}: t({key!r}) fills {sorted(given - wanted)}, unused by the message"
            )
            checked += 1
    assert checked > 10


# A literal reads like prose when it has two words of letters, one capitalised or both
# lower-case words of three letters or more, separated by a space.
PROSE = re.compile(
    r"(?<![-\w])([A-Za-z][a-z]+,? [a-z]{3,}|[A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]{2,}(: ?$| \())"
    r"(?![-\w])"
)
# Not user-visible: class lists, selectors, media queries, ids, message keys, log lines.
NOT_TEXT = re.compile(
    r"(class|className|rel|target|type|scope|role|id|for)\s*:\s*$|querySelector(All)?\($|matchMedia\($|console\.\w+\($|Error\($"
)


def _prose_literals(path: Path) -> list[str]:
    code = _code(path)
    found = []
    for m in STRING.finditer(code):
        text = m.group(0)[1:-1]
        before = code[max(0, m.start() - 40) : m.start()]
        after = code[m.end() : m.end() + 12]
        if NOT_TEXT.search(before.rstrip()) or NOT_TEXT.search(before):
            continue
        if re.match(r"\s*,\s*-?\d", after):
            continue  # a basemap place name: ["Arabian Sea", 21.5, 64.5, …] is data, not UI text
        if text.startswith("cpecmap:"):
            continue  # console messages for developers
        bare = re.sub(r"\$\{[^}]*\}", "", text)
        if PROSE.search(bare):
            found.append(text)
    return found


@pytest.mark.parametrize("path", JS, ids=[p.name for p in JS])
def test_no_hard_coded_english_in_scripts(path: Path) -> None:
    assert not _prose_literals(path), (
        f"{path.name}: user-visible words belong in web/i18n/en.json (t(key)): "
        f"{_prose_literals(path)}"
    )


def test_the_prose_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "sample.js"
    sample.write_text(
        'el("p", { class: "help note" }, "Nothing is visible: switch a layer on");\n'
        'el("h3", {}, `Sources (${n})`);\nel("li", {}, "Licence: ");\n',
        encoding="utf-8",
    )
    assert _prose_literals(sample) == [
        "Nothing is visible: switch a layer on",
        "Sources (${n})",
        "Licence: ",
    ]
