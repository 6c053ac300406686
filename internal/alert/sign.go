package alert

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Headers of every delivery. The signature covers the timestamp and the
// body, so that a captured delivery cannot be replayed later with a new
// timestamp; the delivery id lets a receiver drop a repeat (a delivery
// whose answer was lost is sent again).
const (
	HeaderSignature = "X-Sitrep-Signature" // sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>
	HeaderTimestamp = "X-Sitrep-Timestamp" // Unix seconds when this attempt was signed
	HeaderDelivery  = "X-Sitrep-Delivery"  // the delivery's id, the same on every attempt
	HeaderEvent     = "X-Sitrep-Event"     // match, unmatch or test
)

// Tolerance is how far a receiver should let a delivery's timestamp be
// from its own clock before refusing it as a replay.
const Tolerance = 5 * time.Minute

// Sign returns the X-Sitrep-Signature value of a body sent at ts:
//
//	sha256=hex(HMAC-SHA256(key=secret, message=ts + "." + body))
//
// where ts is the decimal X-Sitrep-Timestamp header as sent.
func Sign(secret string, ts int64, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(strconv.FormatInt(ts, 10)))
	mac.Write([]byte{'.'})
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// ErrSignature is returned by Verify for a delivery that is not from a
// holder of the secret, or not from now.
var ErrSignature = errors.New("bad signature")

// Verify is what a receiver written in Go does with a delivery: it checks
// the timestamp is within Tolerance of now and the signature is the body's
// under secret, comparing in constant time. Receivers in other languages do
// the same (see the README).
func Verify(secret, signature, timestamp string, body []byte, now time.Time) error {
	ts, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil {
		return fmt.Errorf("%w: timestamp %q is not Unix seconds", ErrSignature, timestamp)
	}
	if d := now.Sub(time.Unix(ts, 0)); d > Tolerance || d < -Tolerance {
		return fmt.Errorf("%w: timestamp %d is %s from now", ErrSignature, ts, d.Round(time.Second))
	}
	got, ok := strings.CutPrefix(signature, "sha256=")
	if !ok {
		return fmt.Errorf("%w: want sha256=<hex>", ErrSignature)
	}
	want := Sign(secret, ts, body)[len("sha256="):]
	if !hmac.Equal([]byte(got), []byte(want)) {
		return fmt.Errorf("%w: it does not match the body", ErrSignature)
	}
	return nil
}
