package main

import (
	"context"
	"errors"
)

// runIngest is being written; see the issue that owns it.
func runIngest(ctx context.Context, e env, args []string) error {
	return errors.New("ingest: not implemented yet")
}
