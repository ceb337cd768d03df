"""serve(): a missing build is one line on stderr and exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpecmap.api import serve
from cpecmap.settings import Settings


def test_serve_without_build_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        serve(Settings(root=tmp_path))
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cpecmap build" in err
