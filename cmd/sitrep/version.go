package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

// version is the module version the binary was built from ("v1.2.0", or
// "(devel)" for a build inside the repository) and, when the build
// recorded it, the VCS revision and whether the tree was modified: what a
// bug report needs to name the code that ran.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+modified"
			}
		}
	}
	if rev != "" {
		v += " " + rev[:min(12, len(rev))] + modified
	}
	return v
}

// runVersion is `sitrep version` (and `sitrep --version`): the version and
// the Go toolchain that built it.
func runVersion(_ context.Context, e env, args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("version: unexpected argument %q", args[0])
	}
	info, ok := debug.ReadBuildInfo()
	goVersion := "unknown Go"
	if ok {
		goVersion = info.GoVersion
	}
	fmt.Fprintf(e.stdout, "sitrep %s (%s)\n", version(), goVersion)
	return nil
}
