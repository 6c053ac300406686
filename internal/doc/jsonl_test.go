package doc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestParseJSONLine(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Document // Path and Line are checked separately
		warn []string
	}{
		{
			name: "every field",
			in:   `{"id":"k1","date":"2018-11-23","title":"T","text":"Body.","url":"https://example.org/k1","source":"Wire","lang":"en"}`,
			want: Document{ID: "k1", Date: "2018-11-23", Title: "T", Text: "Body.", URL: "https://example.org/k1", Source: "Wire", Lang: "en"},
		},
		{
			name: "numeric id taken as written",
			in:   `{"id": 20181123001, "date":"2018-11-23","text":"Body."}`,
			want: Document{ID: "20181123001", Date: "2018-11-23", Text: "Body."},
		},
		{
			name: "missing id made from the file and line",
			in:   `{"date":"2018-11-23","text":"Body."}`,
			want: Document{ID: "batch-4", Date: "2018-11-23", Text: "Body."},
			warn: []string{`no id: using "batch-4"`},
		},
		{
			name: "null id",
			in:   `{"id":null,"date":"2018-11-23","text":"Body."}`,
			want: Document{ID: "batch-4", Date: "2018-11-23", Text: "Body."},
			warn: []string{"no id"},
		},
		{
			name: "empty id",
			in:   `{"id":"","date":"2018-11-23","text":"Body."}`,
			want: Document{ID: "batch-4", Date: "2018-11-23", Text: "Body."},
			warn: []string{"no id"},
		},
		{
			name: "timestamp gives its day",
			in:   `{"id":"k","date":"2018-11-23T09:30:00Z","text":"Body."}`,
			want: Document{ID: "k", Date: "2018-11-23", Text: "Body."},
		},
		{
			name: "no date",
			in:   `{"id":"k","text":"Body."}`,
			want: Document{ID: "k", Text: "Body."},
			warn: []string{`no "date"`},
		},
		{
			name: "empty text",
			in:   `{"id":"k","date":"2018-11-23","title":"Only a headline","text":""}`,
			want: Document{ID: "k", Date: "2018-11-23", Title: "Only a headline"},
			warn: []string{`empty "text"`},
		},
		{
			name: "escapes, unicode and unknown fields",
			in:   `{"id":"k","date":"2018-11-23","title":"Ségou \u00ab2\u00bb","text":"Line one.\nLine \"two\".","extra":{"a":[1,2]}}`,
			want: Document{ID: "k", Date: "2018-11-23", Title: "Ségou «2»", Text: "Line one.\nLine \"two\"."},
		},
		{
			name: "invalid UTF-8 repaired",
			in:   "{\"id\":\"k\",\"date\":\"2018-11-23\",\"text\":\"Caf\xe9.\"}",
			want: Document{ID: "k", Date: "2018-11-23", Text: "Caf\uFFFD."},
			warn: []string{"replaced 1 bytes with U+FFFD (the first at byte 41 of the line)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseJSONLine([]byte(tt.in), "in/batch.jsonl", "batch", 4)
			if err != nil {
				t.Fatalf("parseJSONLine: %v", err)
			}
			if d.Path != "in/batch.jsonl" || d.Line != 4 {
				t.Errorf("path, line = %q, %d; want in/batch.jsonl, 4", d.Path, d.Line)
			}
			warnings := d.Warnings
			d.Path, d.Line, d.Warnings = "", 0, nil
			if !reflect.DeepEqual(*d, tt.want) {
				t.Errorf("got  %+v\nwant %+v", *d, tt.want)
			}
			checkWarnings(t, warnings, tt.warn)
		})
	}
}

func TestParseJSONLineErrors(t *testing.T) {
	tests := []struct {
		name, in, msg string
	}{
		{"not JSON", `this is not JSON`, "not JSON: invalid character 'h' in literal true"},
		{"truncated object", `{"id":"k","text":"Bo`, "not JSON"},
		{"array", `[1,2]`, "not a JSON object but a JSON array"},
		{"string", `"text"`, "not a JSON object but a JSON string"},
		{"no text", `{"id":"k","date":"2018-11-23","title":"T"}`, `no "text" field`},
		{"null text", `{"id":"k","text":null}`, `no "text" field`},
		{"null line", `null`, `no "text" field`},
		{"text is a number", `{"id":"k","text":5}`, `field "text" is a JSON number, want a string`},
		{"id is an object", `{"id":{"a":1},"text":"x"}`, `field "id": want a string or a number`},
		{"bad date", `{"id":"k","date":"2018-13-45","text":"x"}`, `bad date "2018-13-45": no such month`},
		{"date in another format", `{"id":"k","date":"23/11/2018","text":"x"}`, `want YYYY-MM-DD`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseJSONLine([]byte(tt.in), "b.jsonl", "b", 1)
			if err == nil {
				t.Fatalf("got %+v, want error %q", d, tt.msg)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q, want it to contain %q", err, tt.msg)
			}
		})
	}
}

// event is what a Read callback saw, in a form easy to compare.
type event struct {
	path string
	line int
	id   string // the document's id, or "" for an error
	msg  string // a substring of the error, or of the first warning
}

func collect(t *testing.T, paths []string, stdin io.Reader) []event {
	t.Helper()
	var got []event
	err := Read(paths, stdin, func(d *Document, err error) error {
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Errorf("error %v is a %T, want *InputError", err, err)
				return nil
			}
			got = append(got, event{ie.Path, ie.Line, "", ie.Err.Error()})
			return nil
		}
		e := event{d.Path, d.Line, d.ID, ""}
		if len(d.Warnings) > 0 {
			e.msg = d.Warnings[0]
		}
		got = append(got, e)
		return nil
	})
	if err != nil {
		t.Fatalf("Read returned %v, want nil", err)
	}
	return got
}

func checkEvents(t *testing.T, got, want []event) {
	t.Helper()
	for i := 0; i < max(len(got), len(want)); i++ {
		switch {
		case i >= len(got):
			t.Errorf("missing event %d: %+v", i, want[i])
		case i >= len(want):
			t.Errorf("extra event %d: %+v", i, got[i])
		case got[i].path != want[i].path || got[i].line != want[i].line || got[i].id != want[i].id ||
			!strings.Contains(got[i].msg, want[i].msg) || (want[i].msg == "") != (got[i].msg == ""):
			t.Errorf("event %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
