package main

import (
	"context"
	"errors"
)

// runExport is being written; see the issue that owns it.
func runExport(ctx context.Context, e env, args []string) error {
	return errors.New("export: not implemented yet")
}
