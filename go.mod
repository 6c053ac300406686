module github.com/sitrep/sitrep

go 1.26.8

// Every direct dependency, and why (STYLE.md):
require (
	// HTML articles (internal/doc only): go-readability, a maintained pure-Go
	// port of Firefox's Reader View, finds a page's article text among its
	// menus and "related stories" and reads its JSON-LD and meta dates.
	codeberg.org/readeck/go-readability/v2 v2.1.3
	// chromedp drives Debian's headless chromium in the web page's browser
	// test (internal/server only, test code); cdproto comes with it.
	github.com/chromedp/cdproto v0.159.0
	github.com/chromedp/chromedp v0.23.0
	// The store decodes stored records with the Go team's JSON v2 package:
	// 2.3x faster than encoding/json on the export and query hot path
	// (internal/store/sqlstore only).
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875
	// PostgreSQL for teams, through database/sql (internal/store/postgres).
	github.com/jackc/pgx/v5 v5.12.0
	// The HTML parser go-readability builds on, and the <meta charset>
	// sniffing of legacy pages and feeds (internal/doc only).
	golang.org/x/net v0.41.0
	// Unicode tables for the gazetteer's accent-folding generator
	// (scripts/gazetteer/foldtable), and the legacy encodings (Latin-1,
	// Windows-1252) x/net's charset decodes pages and feeds with.
	golang.org/x/text v0.41.0
	// The default embedded store: pure-Go SQLite, no cgo (internal/store/sqlite).
	modernc.org/sqlite v1.62.0
)

require (
	github.com/andybalholm/cascadia v1.3.3 // indirect
	github.com/dustin/go-humanize v1.1.0 // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/itlightning/dateparse v0.2.1 // indirect
	github.com/jackc/pgpassfile v1.0.0 // indirect
	github.com/jackc/pgservicefile v0.0.0-20240606120523-5a60cdf6a761 // indirect
	github.com/jackc/puddle/v2 v2.2.3 // indirect
	github.com/mattn/go-isatty v0.0.24 // indirect
	github.com/ncruces/go-strftime v1.1.0 // indirect
	github.com/remyoudompheng/bigfft v0.0.0-20230129092748-24d4a6f8daec // indirect
	golang.org/x/sync v0.24.0 // indirect
	golang.org/x/sys v0.49.0 // indirect
	modernc.org/libc v1.80.1 // indirect
	modernc.org/mathutil v1.7.1 // indirect
	modernc.org/memory v1.12.1 // indirect
)
