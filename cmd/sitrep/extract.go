package main

import (
	"context"
	"errors"
)

// runExtract is being written; see the issue that owns it.
func runExtract(ctx context.Context, e env, args []string) error {
	return errors.New("extract: not implemented yet")
}
