package main

import (
	"context"
	"errors"
)

// runEval is being written; see the issue that owns it.
func runEval(ctx context.Context, e env, args []string) error {
	return errors.New("eval: not implemented yet")
}
