package alert

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// Backoff is when a failed delivery is tried again.
type Backoff struct {
	First    time.Duration // the wait after the first failure
	Max      time.Duration // no wait is longer
	Attempts int           // a delivery is given up after this many
}

// DefaultBackoff retries for about four hours: 30 s, 1, 2, 4 ... minutes,
// each wait at most an hour, ten attempts in all. A receiver down for an
// afternoon's deploy still gets everything.
var DefaultBackoff = Backoff{First: 30 * time.Second, Max: time.Hour, Attempts: 10}

// Wait returns the wait after the n-th failed attempt (from 1): First
// doubled n-1 times, at most Max, then moved to a point of its upper half
// chosen by jitter (in [0, 1)), so that deliveries that failed together,
// when a receiver went down, do not all come back together.
func (b Backoff) Wait(n int, jitter float64) time.Duration {
	d := b.First
	for i := 1; i < n && d < b.Max; i++ {
		d *= 2
	}
	d = min(d, b.Max)
	return d/2 + time.Duration(jitter*float64(d/2))
}

// Timeout bounds one attempt: a receiver should answer at once and do its
// work afterwards.
const Timeout = 10 * time.Second

// lease is how long a claimed delivery is kept from other senders: longer
// than an attempt can take. A sender that dies mid-attempt leaves the
// delivery to be tried again when the lease ends.
const lease = 2 * Timeout

// batch is how many deliveries one Send claims.
const batch = 50

// Sender sends due deliveries. Its clock, randomness and HTTP client are
// fields so that tests can drive retries without waiting.
type Sender struct {
	Store   store.Alerts
	Client  *http.Client     // nil: NewClient()
	Now     func() time.Time // nil: time.Now
	Rand    func() float64   // jitter in [0, 1); nil: math/rand
	Backoff Backoff          // zero: DefaultBackoff
	Log     *slog.Logger     // nil: discard
}

// NewClient returns the HTTP client deliveries go through: bounded in
// time, and following no redirect (a 3xx would turn the POST into a GET
// elsewhere; the watch's URL should be fixed instead).
func NewClient() *http.Client {
	return &http.Client{
		Timeout: Timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

func (s *Sender) defaults() {
	if s.Client == nil {
		s.Client = NewClient()
	}
	if s.Now == nil {
		s.Now = time.Now
	}
	if s.Rand == nil {
		s.Rand = rand.Float64
	}
	if s.Backoff == (Backoff{}) {
		s.Backoff = DefaultBackoff
	}
	if s.Log == nil {
		s.Log = slog.New(slog.DiscardHandler)
	}
}

// Send tries once every delivery due now, one after another, and returns
// how many it tried. A delivery interrupted by ctx is left to be tried
// when its lease ends.
func (s *Sender) Send(ctx context.Context) (int, error) {
	s.defaults()
	tried := 0
	for {
		ds, err := s.Store.Claim(ctx, s.Now(), lease, batch)
		if err != nil || len(ds) == 0 {
			return tried, err
		}
		ws, err := s.Store.Watches(ctx)
		if err != nil {
			return tried, err
		}
		byID := make(map[int64]store.Watch, len(ws))
		for _, w := range ws {
			byID[w.ID] = w
		}
		for _, d := range ds {
			if s.Now().Add(Timeout).After(d.NextAt) {
				// The batch's lease was taken at the claim and slow
				// receivers used it up: an attempt begun now could
				// outlast it while another sender claims the row.
				// Claim again.
				break
			}
			w, ok := byID[d.Watch]
			if !ok {
				continue // removed since the claim, with its deliveries
			}
			a := s.attempt(ctx, w, d)
			if ctx.Err() != nil {
				return tried, ctx.Err()
			}
			if err := s.Store.Finish(ctx, a); errors.Is(err, store.ErrLeaseLost) {
				// Removed, or taken by another sender after the
				// lease ran out: its result is the one kept.
				s.Log.Warn("alert delivery: lease lost; result dropped", "delivery", d.ID, "watch", w.ID, "status", a.Status)
				continue
			} else if err != nil {
				return tried, err
			}
			tried++
			s.Log.Info("alert delivery", "delivery", d.ID, "watch", w.ID, "incident", d.Incident,
				"attempt", d.Attempts+1, "status", a.Status, "code", a.Code, "error", a.Error)
		}
	}
}

// attempt posts a delivery once and says what became of it.
func (s *Sender) attempt(ctx context.Context, w store.Watch, d store.Delivery) store.Attempt {
	code, retryAfter, err := Post(ctx, s.Client, w, d.ID, d.Event, Body(w, d), s.Now())
	now := s.Now()
	a := store.Attempt{Delivery: d.ID, Lease: d.NextAt, At: now, Code: code}
	switch {
	case err == nil:
		a.Status = store.DeliveryDelivered
		return a
	case code != 0 && !retryable(code):
		a.Status, a.Error = store.DeliveryFailed, err.Error()
		return a
	}
	a.Error = err.Error()
	n := d.Attempts + 1
	if n >= s.Backoff.Attempts {
		a.Status = store.DeliveryFailed
		a.Error = fmt.Sprintf("gave up after %d attempts: %s", n, a.Error)
		return a
	}
	wait := s.Backoff.Wait(n, s.Rand())
	if retryAfter > wait {
		wait = min(retryAfter, s.Backoff.Max)
	}
	a.Status, a.NextAt = store.DeliveryPending, now.Add(wait)
	return a
}

// withoutURL drops the URL that net/http and net/url put in their errors
// ("Post \"https://hooks.example/T0KEN\": dial tcp ..."): a webhook's URL
// is often its own credential, and the error is logged and kept as the
// delivery's last_error, which the API and `sitrep alerts list` show.
func withoutURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s: %w", strings.ToLower(ue.Op), ue.Err)
	}
	return err
}

// retryable reports whether a refusal may pass: a timeout, too many
// requests, a server error. Other 4xx (a wrong URL, a receiver that
// rejects the signature) will be refused again however often asked.
func retryable(code int) bool {
	return code == http.StatusRequestTimeout || code == http.StatusTooEarly ||
		code == http.StatusTooManyRequests || code >= 500
}

// Payload is the JSON body of a delivery.
type Payload struct {
	// Delivery is the same on every attempt: a receiver that has seen it
	// has seen this change.
	Delivery int64 `json:"delivery"`
	// Event is "match" for an incident the watch asks about, new or
	// changed; "unmatch" for one the watch was sent that changed so that
	// it no longer matches, or was removed (merged into another, or
	// rejected); "test" from `sitrep alerts test`.
	Event  string       `json:"event"`
	Watch  PayloadWatch `json:"watch"`
	Change struct {
		Seq      int64  `json:"seq"`
		Kind     string `json:"kind"` // created, updated, removed
		Revision int64  `json:"revision"`
		At       string `json:"at"` // RFC 3339
	} `json:"change"`
	IncidentID string `json:"incident_id"`
	// Incident is the merged record as it was matched, with its sources
	// and the evidence of every value; absent when it was removed.
	Incident json.RawMessage `json:"incident,omitempty"`
}

// PayloadWatch names the watch a delivery is for.
type PayloadWatch struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// Body is the JSON a delivery posts: the same bytes on every attempt.
func Body(w store.Watch, d store.Delivery) []byte {
	p := Payload{Delivery: d.ID, Event: d.Event, Watch: PayloadWatch{w.ID, w.Name}, IncidentID: d.Incident}
	p.Change.Seq, p.Change.Kind, p.Change.Revision = d.Seq, d.Kind, d.Revision
	p.Change.At = d.ChangedAt.UTC().Format(time.RFC3339)
	if d.Record != "" {
		p.Incident = json.RawMessage(d.Record)
	}
	body, err := json.Marshal(p)
	if err != nil {
		// Only a stored record that is not JSON fails, and the store
		// keeps what json.Marshal made.
		panic(fmt.Sprintf("delivery %d: %v", d.ID, err))
	}
	return body
}

// Post sends one signed delivery body to a watch's webhook. It returns the
// status of the answer (0 when none came), a wait the receiver asked for
// in Retry-After, and an error unless the answer was 2xx.
func Post(ctx context.Context, c *http.Client, w store.Watch, id int64, event string, body []byte, now time.Time) (int, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.URL, bytes.NewReader(body))
	if err != nil {
		return 0, 0, fmt.Errorf("webhook URL: %w", withoutURL(err))
	}
	ts := now.Unix()
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "sitrep-alerts/1")
	req.Header.Set(HeaderTimestamp, strconv.FormatInt(ts, 10))
	req.Header.Set(HeaderSignature, Sign(w.Secret, ts, body))
	req.Header.Set(HeaderDelivery, strconv.FormatInt(id, 10))
	req.Header.Set(HeaderEvent, event)
	resp, err := c.Do(req)
	if err != nil {
		var ue interface{ Timeout() bool }
		if errors.As(err, &ue) && ue.Timeout() {
			return 0, 0, fmt.Errorf("no answer within %s", c.Timeout)
		}
		return 0, 0, withoutURL(err)
	}
	defer resp.Body.Close()
	// A little of the answer says why it refused; the rest is drained
	// so the connection can be reused.
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return resp.StatusCode, 0, nil
	}
	var retryAfter time.Duration
	if secs, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && secs > 0 {
		retryAfter = time.Duration(secs) * time.Second
	}
	msg := strings.Join(strings.Fields(string(bytes.ToValidUTF8(snippet, nil))), " ")
	if len(msg) > 200 {
		msg = strings.ToValidUTF8(msg[:200], "")
	}
	if msg == "" {
		return resp.StatusCode, retryAfter, fmt.Errorf("%s", resp.Status)
	}
	return resp.StatusCode, retryAfter, fmt.Errorf("%s: %s", resp.Status, msg)
}
