package main

import (
	"context"
	"errors"
)

// runGeocode is being written; see the issue that owns it.
func runGeocode(ctx context.Context, e env, args []string) error {
	return errors.New("geocode: not implemented yet")
}
