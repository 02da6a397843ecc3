"""Extract Jenkins' junit-10.xsd from the pytest source distribution.

    python junit_xsd.py OUTDIR

No package installs the schema Jenkins' xUnit plugin validates JUnit files
against, but pytest's sdist ships it for its own tests
(testing/example_scripts/junit-10.xsd). This fetches that sdist from PyPI
with pip (pinned version and the schema's SHA-256, so the test cannot drift)
into OUTDIR, once, and writes OUTDIR/junit-10.xsd. Nothing is committed.
"""
import hashlib
import pathlib
import subprocess
import sys
import tarfile

PYTEST_VERSION = "9.2.0"
MEMBER = f"pytest-{PYTEST_VERSION}/testing/example_scripts/junit-10.xsd"
SHA256 = "a1a816f58d1bf95ebabf371994df0b9246dee66ea9572fbec4f9296f1b2c0ff6"


def main(argv):
    if len(argv) != 2:
        raise SystemExit(__doc__)
    out = pathlib.Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    xsd = out / "junit-10.xsd"
    if xsd.exists() and hashlib.sha256(xsd.read_bytes()).hexdigest() == SHA256:
        return 0
    sdist = out / f"pytest-{PYTEST_VERSION}.tar.gz"
    if not sdist.exists():
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary", ":all:", "--disable-pip-version-check",
                        f"pytest=={PYTEST_VERSION}", "-d", str(out)], check=True)
    with tarfile.open(sdist) as tar:
        data = tar.extractfile(MEMBER).read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        raise SystemExit(f"{MEMBER}: sha256 {digest}, expected {SHA256}")
    xsd.write_bytes(data)
    print(f"junit_xsd: {xsd} from pytest {PYTEST_VERSION} (sha256 {SHA256[:16]}...)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
