package main

import (
	"context"
	"errors"
)

// runStats is being written; see the issue that owns it.
func runStats(ctx context.Context, e env, args []string) error {
	return errors.New("stats: not implemented yet")
}
