package server

import (
	"sync"
	"time"
)

// answerCache keeps the encoded answers of read endpoints for a moment.
// Many analysts open the same views (the page's first load, a country's
// incidents), and every answer costs a count, a query and decoding a
// hundred records; served from memory it costs a copy. An answer is at
// most ttl old, so an ingest by another process shows within that time;
// a POST through this server clears the cache at once, so a client reads
// its own writes. Concurrent misses for one key wait for a single fill
// instead of all querying the store.
type answerCache struct {
	ttl      time.Duration
	maxBytes int
	now      func() time.Time // the clock; tests step it instead of sleeping

	mu      sync.Mutex
	entries map[string]*cacheEntry
	bytes   int
	gen     uint64 // bumped by clear; a fill from an older generation is dropped
}

type cacheEntry struct {
	done    chan struct{} // closed when body is set or the fill failed
	body    []byte
	expires time.Time
}

func newAnswerCache(ttl time.Duration, maxBytes int) *answerCache {
	return &answerCache{ttl: ttl, maxBytes: maxBytes, now: time.Now, entries: map[string]*cacheEntry{}}
}

// get returns the answer for key, calling fill when there is no fresh one.
// Errors are not cached.
func (c *answerCache) get(key string, fill func() ([]byte, error)) ([]byte, error) {
	now := c.now()
	c.mu.Lock()
	if e := c.entries[key]; e != nil {
		c.mu.Unlock()
		<-e.done
		if e.body != nil && now.Before(e.expires) {
			return e.body, nil
		}
		c.mu.Lock()
		if c.entries[key] == e {
			c.remove(key, e)
		}
	}
	if c.entries[key] != nil {
		// Another request started a fill while this one looked; it
		// is cheaper to fill again than to loop.
		c.mu.Unlock()
		return fill()
	}
	e := &cacheEntry{done: make(chan struct{})}
	c.entries[key] = e
	gen := c.gen
	c.mu.Unlock()

	body, err := fill()
	c.mu.Lock()
	defer c.mu.Unlock()
	defer close(e.done)
	if err != nil || gen != c.gen || c.bytes+len(body) > c.maxBytes && !c.evict(now, len(body)) {
		if c.entries[key] == e {
			delete(c.entries, key)
		}
		return body, err
	}
	e.body, e.expires = body, now.Add(c.ttl)
	// What the body holds, spare capacity and all: counting only its
	// length, a full cache of answers in over-sized buffers took the heap
	// past MemoryLimit and the collector ran without pause. The encoders
	// size theirs to the answer (store.Stats.JSON, json.Marshal's copy).
	c.bytes += cap(body)
	return body, nil
}

// remove drops an entry; c.mu is held.
func (c *answerCache) remove(key string, e *cacheEntry) {
	delete(c.entries, key)
	c.bytes -= cap(e.body)
}

// evict drops expired entries until n more bytes fit; c.mu is held.
func (c *answerCache) evict(now time.Time, n int) bool {
	for k, e := range c.entries {
		if e.body != nil && !now.Before(e.expires) {
			c.remove(k, e)
		}
	}
	return c.bytes+n <= c.maxBytes
}

// clear forgets every answer, after the store changed.
func (c *answerCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, e := range c.entries {
		if e.body != nil {
			c.remove(k, e)
		}
	}
	c.gen++
}
