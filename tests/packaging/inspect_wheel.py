#!/usr/bin/env python3
"""inspect_wheel.py - what the repaired wheel and the sdist must hold.

  inspect_wheel.py WHEEL SDIST ROOT

Read with the packaging ecosystem's own parsers: the core metadata with
`packaging.metadata` (validating), the extension's ELF dynamic section with
pyelftools (what auditwheel reads too). Fails (exit 1) naming each problem.
"""
import io
import pathlib
import re
import sys
import tarfile
import zipfile

from elftools.elf.dynamic import DynamicSection
from elftools.elf.elffile import ELFFile
from packaging.metadata import Metadata

# Libraries every manylinux system provides (the policy's whitelist, in part).
SYSTEM = re.compile(r"^(libc|libm|libpthread|libdl|librt|libgcc_s|ld-linux-x86-64|ld-linux-aarch64)\.so")
# Libraries that must travel inside the wheel.
CARRIED = ("libyaml", "libpcre2-8", "libcmark-gfm", "libcmark-gfm-extensions")

problems = []


def expect(cond, what):
    if not cond:
        problems.append(what)


def dynamic(data):
    """(DT_NEEDED list, RUNPATH/RPATH list) of an ELF image."""
    elf = ELFFile(io.BytesIO(data))
    needed, paths = [], []
    for section in elf.iter_sections():
        if isinstance(section, DynamicSection):
            for tag in section.iter_tags():
                if tag.entry.d_tag == "DT_NEEDED":
                    needed.append(tag.needed)
                elif tag.entry.d_tag in ("DT_RUNPATH", "DT_RPATH"):
                    paths.append(getattr(tag, "runpath", None) or tag.rpath)
    return needed, paths


def check_metadata(text, where):
    meta = Metadata.from_email(text, validate=True)
    expect(meta.name == "dayone", "%s: name %r" % (where, meta.name))
    expect(meta.license_expression == "MIT", "%s: License-Expression %r" % (where, meta.license_expression))
    expect(meta.requires_python is not None and str(meta.requires_python) == ">=3.9",
           "%s: Requires-Python %r" % (where, meta.requires_python))
    classifiers = meta.classifiers or []
    for c in ("Typing :: Typed", "Programming Language :: Python :: 3", "Programming Language :: C"):
        expect(c in classifiers, "%s: classifier %r missing" % (where, c))
    urls = meta.project_urls or {}
    for k in ("Homepage", "Source", "Issues"):
        expect(urls.get(k, "").startswith("https://"), "%s: Project-URL %s missing" % (where, k))
    expect(meta.summary, "%s: no Summary" % where)
    return meta


def main():
    wheel, sdist, root = (pathlib.Path(a) for a in sys.argv[1:4])
    licence = (root / "LICENSE").read_bytes()

    z = zipfile.ZipFile(wheel)
    names = z.namelist()
    info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    meta = check_metadata(z.read(info + "/METADATA").decode(), wheel.name)
    expect("dayone/py.typed" in names, "wheel: dayone/py.typed missing")
    expect(z.read(info + "/licenses/LICENSE") == licence if info + "/licenses/LICENSE" in names else False,
           "wheel: %s/licenses/LICENSE missing or not the repository's LICENSE" % info)

    bundled = {n.split("/", 1)[1]: n for n in names if n.startswith("dayone.libs/") and not n.endswith("/")}
    (ext,) = [n for n in names if re.match(r"dayone/__dayone\..*\.so$", n)]
    needed, rpaths = dynamic(z.read(ext))
    print("%s: DT_NEEDED %s, RUNPATH %s" % (ext, needed, rpaths))
    print("dayone.libs/: %s" % sorted(bundled))
    expect(any("$ORIGIN/../dayone.libs" in p for p in rpaths), "%s: RUNPATH does not reach dayone.libs" % ext)
    for lib in CARRIED:
        inside = [n for n in needed if n.startswith(lib) and n in bundled]
        expect(inside, "%s: %s is not linked from dayone.libs/ (DT_NEEDED %s)" % (ext, lib, needed))
    # Everything else the extension or a bundled library needs is either in
    # the wheel or a base system library.
    for name in [ext] + list(bundled.values()):
        libs, _ = dynamic(z.read(name))
        for lib in libs:
            expect(lib in bundled or SYSTEM.match(lib),
                   "%s needs %s, which is neither in the wheel nor a base system library" % (name, lib))

    with tarfile.open(sdist) as t:
        top = "dayone-%s" % meta.version
        members = set(t.getnames())
        meta_s = check_metadata(t.extractfile(top + "/PKG-INFO").read().decode(), sdist.name)
        expect(meta_s.version == meta.version, "sdist version %s, wheel %s" % (meta_s.version, meta.version))
        for rel in ("LICENSE", "pyproject.toml", "CMakeLists.txt", "dayone.i", "src/dayone/py.typed",
                    "_libdayone/CMakeLists.txt", "_libdayone/libdayone/CMakeLists.txt",
                    "_libdayone/cmake/embed.cmake", "_libdayone/include/dayone.h",
                    "_libdayone/bindings/shim/dayone_shim.c"):
            expect(top + "/" + rel in members, "sdist: %s missing" % rel)
        # Every library source is there (the build would fail without it,
        # but say which).
        for src in sorted((root / "libdayone").glob("*.c")):
            expect("%s/_libdayone/libdayone/%s" % (top, src.name) in members,
                   "sdist: libdayone/%s missing" % src.name)

    for p in problems:
        print("inspect_wheel: " + p)
    if not problems:
        print("inspect_wheel: %s and %s are complete" % (wheel.name, sdist.name))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
