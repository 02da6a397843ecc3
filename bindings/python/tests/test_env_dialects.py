"""The env_dialect option: a thin translation of the C dialects (the C suite
and tests/env-dialects hold the grammar; this checks the option arrives)."""
import pytest

import dayone


def write(tmp_path, text):
    p = tmp_path / "x.env"
    p.write_text(text)
    return p


def test_default_is_compose_and_interpolates(tmp_path, monkeypatch):
    monkeypatch.setenv("DY_PY_DIALECT_HOST", "db")
    p = write(tmp_path, "A=${DY_PY_DIALECT_HOST}\nB=${DY_PY_UNSET:-x}\n")
    env = dayone.Env({}, [p])
    assert "A" in env and "B" in env and len(env) == 2


def test_docker_takes_values_literally_and_bare_names(tmp_path, monkeypatch):
    monkeypatch.setenv("DY_PY_DIALECT_HOST", "db")
    p = write(tmp_path, "A=${DY_PY_UNSET}\nDY_PY_DIALECT_HOST\nexport_ok=1\n")
    env = dayone.Env({}, [p], env_dialect="docker")
    assert "A" in env and "DY_PY_DIALECT_HOST" in env
    with pytest.raises(dayone.EnvFileError) as ei:   # compose refuses the unset reference
        dayone.Env({}, [p])
    assert (ei.value.line, ei.value.column) == (1, 3)
    assert "DY_PY_UNSET" in str(ei.value)


def test_dotenv_and_check_enforce_explain_accept_the_option(tmp_path):
    p = write(tmp_path, "SECRET_KEY='${DY_PY_UNSET}'\n")
    for fn in (dayone.check, dayone.enforce):
        with pytest.raises(dayone.EnvFileError):
            fn({}, env_files=[p], env_dialect="dotenv")
    with pytest.raises(dayone.EnvFileError):
        dayone.explain("SECRET_KEY", {}, env_files=[p], env_dialect="dotenv")
    # compose does not interpolate single quotes: the check runs.
    assert isinstance(dayone.check({}, env_files=[p]), dayone.Report)


def test_unknown_dialect(tmp_path):
    p = write(tmp_path, "A=1\n")
    with pytest.raises(ValueError):
        dayone.Env({}, [p], env_dialect="bash")
    with pytest.raises(TypeError):
        dayone.Env({}, [p], env_dialect=None)  # type: ignore[arg-type]
