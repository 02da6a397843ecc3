package dayone

import "github.com/libdayone/libdayone/bindings/go/internal/capi"

// LibraryVersion is the version of the C library this binding is linked
// with (dayone_version()); it equals Version when both come from one tree.
func LibraryVersion() string {
	return capi.Dayone_version()
}
