package alert

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
)

// receiverVerify is what a receiver writes from the README alone, with
// nothing of sitrep's: it proves the documented scheme is the one sent.
func receiverVerify(secret, sigHeader, tsHeader string, body []byte, now time.Time) bool {
	ts, err := strconv.ParseInt(tsHeader, 10, 64)
	if err != nil || math.Abs(now.Sub(time.Unix(ts, 0)).Seconds()) > 300 {
		return false
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(tsHeader + "." + string(body)))
	want := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(sigHeader), []byte(want))
}

func TestSignature(t *testing.T) {
	const secret = "0123456789abcdef0123456789abcdef"
	body := []byte(`{"delivery":1,"event":"match"}`)
	now := time.Date(2026, 12, 5, 14, 0, 0, 0, time.UTC)
	ts := now.Unix()
	sig := Sign(secret, ts, body)
	tsh := strconv.FormatInt(ts, 10)

	tests := []struct {
		name        string
		secret, sig string
		ts          string
		body        []byte
		now         time.Time
		want        bool
	}{
		{"as sent", secret, sig, tsh, body, now, true},
		{"received four minutes later", secret, sig, tsh, body, now.Add(4 * time.Minute), true},
		{"replayed an hour later", secret, sig, tsh, body, now.Add(time.Hour), false},
		{"timestamp moved forward", secret, sig, strconv.FormatInt(ts+60, 10), body, now, false},
		{"body changed", secret, sig, tsh, []byte(`{"delivery":1,"event":"unmatch"}`), now, false},
		{"other secret", "fedcba9876543210fedcba9876543210", sig, tsh, body, now, false},
		{"no prefix", secret, strings.TrimPrefix(sig, "sha256="), tsh, body, now, false},
		{"not a timestamp", secret, sig, "yesterday", body, now, false},
	}
	for _, tt := range tests {
		if got := receiverVerify(tt.secret, tt.sig, tt.ts, tt.body, tt.now); got != tt.want {
			t.Errorf("%s: receiver's check = %v, want %v", tt.name, got, tt.want)
		}
		err := Verify(tt.secret, tt.sig, tt.ts, tt.body, tt.now)
		if (err == nil) != tt.want || err != nil && !errors.Is(err, ErrSignature) {
			t.Errorf("%s: Verify = %v, want ok=%v", tt.name, err, tt.want)
		}
	}
}
