package dayone

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestVersionIsFresh regenerates version.go from CMake's project version and
// fails when the committed file differs. In the repository (DAYONE_SOURCE_DIR
// set by ctest, or ../../CMakeLists.txt present) it always runs; a copy of
// the module without the C sources has nothing to compare with and skips.
func TestVersionIsFresh(t *testing.T) {
	root := os.Getenv("DAYONE_SOURCE_DIR")
	if root == "" {
		root = filepath.Join("..", "..")
	}
	cmake := filepath.Join(root, "CMakeLists.txt")
	if _, err := os.Stat(cmake); err != nil {
		if os.Getenv("DAYONE_SOURCE_DIR") != "" {
			t.Fatal(err)
		}
		t.Skip("no libdayone source tree around this module")
	}
	fresh := filepath.Join(t.TempDir(), "version.go")
	if out, err := exec.Command("go", "run", "gen_version.go", cmake, fresh).CombinedOutput(); err != nil {
		t.Fatalf("gen_version failed: %v\n%s", err, out)
	}
	want, err := os.ReadFile(fresh)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("version.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("version.go is stale: run `go generate` in bindings/go and commit it\n got: %s\nwant: %s", got, want)
	}
}

// The C library built from the same tree reports the same version.
func TestLibraryVersionIsVersion(t *testing.T) {
	if got := LibraryVersion(); got != Version {
		t.Errorf("LibraryVersion() = %q, Version = %q", got, Version)
	}
}
