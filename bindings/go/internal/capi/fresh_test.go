package capi

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// generatedLine is Go's convention for generated files (go help generate).
var generatedLine = regexp.MustCompile(`(?m)^// Code generated .* DO NOT EDIT\.$`)

// TestGeneratedIsFresh regenerates the SWIG output from capi.i and fails
// when the committed capi.go / capi_wrap.c differ, so they cannot go stale.
// It runs $DAYONE_SWIG, else swig from PATH; without either it is skipped,
// unless DAYONE_REQUIRE_SWIG=1 (set by the ctest registration when CMake
// found swig), where a missing swig is a failure.
func TestGeneratedIsFresh(t *testing.T) {
	swig := os.Getenv("DAYONE_SWIG")
	var err error
	if swig == "" {
		swig, err = exec.LookPath("swig")
	}
	if err != nil {
		if os.Getenv("DAYONE_REQUIRE_SWIG") == "1" {
			t.Fatal("swig not found on PATH (DAYONE_REQUIRE_SWIG=1)")
		}
		t.Skip("swig not found on PATH; cannot check the generated files")
	}
	include, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "include"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	shim, err := filepath.Abs(filepath.Join("..", "..", "..", "shim"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(swig, "-go", "-cgo", "-intgosize", "64", "-I"+include, "-I"+shim,
		"-outdir", dir, "-o", filepath.Join(dir, "capi_wrap.c"), "capi.i")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("swig failed: %v\n%s", err, out)
	}
	// Finished as `go generate` does (the DO NOT EDIT line, gofmt).
	gen := exec.Command("go", "run", "gen_header.go", dir)
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("gen_header failed: %v\n%s", err, out)
	}
	for _, name := range []string{"capi.go", "capi_wrap.c"} {
		fresh, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "capi.go" && !generatedLine.Match(fresh) {
			t.Errorf("capi.go lacks Go's generated-code line")
		}
		committed, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(fresh, committed) {
			t.Errorf("%s is stale: run `go generate ./...` in bindings/go and commit the result", name)
		}
	}
}
