package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// readLines calls fn with every non-blank line of r and its 1-based
// number. Lines may be of any length (MUC-4 template lines exceed 64 KB).
func readLines(r io.Reader, fn func(n int, line []byte) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if t := bytes.TrimSpace(line); len(t) > 0 {
			if ferr := fn(n, t); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// decodeLine decodes one JSON value that must fill the whole line. Numbers
// stay json.Number so that ints and floats print as Python prints them.
func decodeLine(line []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("extra data after the JSON value")
	}
	return v, nil
}

// jsonType names the JSON type of a decoded value for error messages.
func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

// truthy is Python's truth value of a decoded JSON value.
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case json.Number:
		f, err := v.Float64()
		return err != nil || f != 0
	case string:
		return v != ""
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

// fieldError is bad input at a path inside one line of a file.
type fieldError struct {
	path string
	msg  string
}

func (e *fieldError) Error() string { return e.path + ": " + e.msg }

func badType(path, want string, v any) error {
	return &fieldError{path, "want " + want + ", got " + jsonType(v)}
}

// optString reads an optional string the way the script uses one: absent
// and falsy values (null, "", 0, false, [], {}) are "", another string is
// itself, and any other value is an error (the script would crash on it).
func optString(m map[string]any, key, path string) (string, error) {
	v := m[key]
	if !truthy(v) {
		return "", nil
	}
	s, ok := v.(string)
	if !ok {
		return "", badType(path+key, "a string", v)
	}
	return s, nil
}

// optObject reads an optional object: a falsy value is nil.
func optObject(m map[string]any, key, path string) (map[string]any, error) {
	v := m[key]
	if !truthy(v) {
		return nil, nil
	}
	o, ok := v.(map[string]any)
	if !ok {
		return nil, badType(path+key, "an object", v)
	}
	return o, nil
}

// optArray reads an optional array: a falsy value is nil.
func optArray(m map[string]any, key, path string) ([]any, error) {
	v := m[key]
	if !truthy(v) {
		return nil, nil
	}
	a, ok := v.([]any)
	if !ok {
		return nil, badType(path+key, "an array", v)
	}
	return a, nil
}

// lineError prefixes an error with the file and line it comes from.
func lineError(name string, n int, err error) error {
	return fmt.Errorf("%s:%d: %w", name, n, err)
}
