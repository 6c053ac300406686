package server

import (
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestAnswerCache(t *testing.T) {
	fillWith := func(calls *atomic.Int32, body string, err error) func() ([]byte, error) {
		return func() ([]byte, error) {
			calls.Add(1)
			time.Sleep(5 * time.Millisecond)
			return slices.Clip([]byte(body)), err // a body of exactly its bytes
		}
	}

	t.Run("hit within ttl, miss after", func(t *testing.T) {
		c := newAnswerCache(time.Minute, 1<<20)
		clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		c.now = func() time.Time { return clock }
		var calls atomic.Int32
		for range 3 {
			if b, _ := c.get("k", fillWith(&calls, "v", nil)); string(b) != "v" {
				t.Fatalf("got %q", b)
			}
		}
		if n := calls.Load(); n != 1 {
			t.Errorf("%d fills within the ttl, want 1", n)
		}
		clock = clock.Add(time.Minute)
		c.get("k", fillWith(&calls, "v", nil))
		if n := calls.Load(); n != 2 {
			t.Errorf("%d fills after the ttl, want 2", n)
		}
	})

	t.Run("concurrent misses fill once", func(t *testing.T) {
		c := newAnswerCache(time.Hour, 1<<20)
		var calls atomic.Int32
		var wg sync.WaitGroup
		for range 20 {
			wg.Go(func() {
				if b, err := c.get("k", fillWith(&calls, "v", nil)); string(b) != "v" || err != nil {
					t.Errorf("got %q, %v", b, err)
				}
			})
		}
		wg.Wait()
		if n := calls.Load(); n != 1 {
			t.Errorf("%d fills for 20 concurrent requests, want 1", n)
		}
	})

	t.Run("errors are not kept", func(t *testing.T) {
		c := newAnswerCache(time.Hour, 1<<20)
		var calls atomic.Int32
		boom := errors.New("boom")
		if _, err := c.get("k", fillWith(&calls, "", boom)); err != boom {
			t.Fatalf("err = %v", err)
		}
		if b, err := c.get("k", fillWith(&calls, "v", nil)); string(b) != "v" || err != nil {
			t.Errorf("after an error: %q, %v", b, err)
		}
	})

	t.Run("clear forgets, even a fill in flight", func(t *testing.T) {
		c := newAnswerCache(time.Hour, 1<<20)
		var calls atomic.Int32
		c.get("a", fillWith(&calls, "old", nil))
		started := make(chan struct{})
		done := make(chan struct{})
		go func() {
			c.get("b", func() ([]byte, error) { close(started); time.Sleep(20 * time.Millisecond); return []byte("old"), nil })
			close(done)
		}()
		<-started
		c.clear()
		<-done
		for _, k := range []string{"a", "b"} {
			if b, _ := c.get(k, fillWith(&calls, "new", nil)); string(b) != "new" {
				t.Errorf("%s after clear: %q, want a fresh answer", k, b)
			}
		}
	})

	t.Run("bounded in bytes", func(t *testing.T) {
		c := newAnswerCache(time.Hour, 10)
		var calls atomic.Int32
		c.get("a", fillWith(&calls, "123456", nil))
		c.get("b", fillWith(&calls, "123456", nil)) // does not fit: served, not kept
		c.get("b", fillWith(&calls, "123456", nil))
		if n := calls.Load(); n != 3 || c.bytes != 6 {
			t.Errorf("%d fills, %d bytes kept; want 3 fills and only a kept", n, c.bytes)
		}
	})

	t.Run("counts the fill's spare capacity", func(t *testing.T) {
		c := newAnswerCache(time.Hour, 1<<20)
		body, err := c.get("k", func() ([]byte, error) { return append(make([]byte, 0, 4096), "answer"...), nil })
		if err != nil || string(body) != "answer" || c.bytes != 4096 {
			t.Errorf("got %q, %d bytes counted; want \"answer\" counted as the 4096 bytes it holds", body, c.bytes)
		}
	})
}
