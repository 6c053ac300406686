package doc

import (
	"bytes"
	"errors"
	"log/slog"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// ParseHTML reads one saved web page: the article's main text (found by
// go-readability, a port of Firefox's Reader View, so that menus, share
// buttons and "related stories" do not become incidents), its title,
// canonical URL, outlet, language and publication date. id names the
// document; path is where it came from, for messages. A fetched page is read
// the same way (watch does), with its address as path.
//
// Text is the page's readable text with paragraphs separated by blank lines;
// offsets of later stages point into it, not into the HTML. The date is the
// day of the first timestamp found among, in this order: JSON-LD
// datePublished, <meta property="article:published_time"> and the
// Dublin Core dates (as readability reads them), og:published_time and
// itemprop="datePublished", <meta name="date"> and its common spellings, and
// a <time datetime> marked pubdate or inside the <article>. Another <time>
// on the page (a clock, a comment) is not taken: a wrong date would misdate
// every incident. A page without one is kept with a warning, as a dated
// text without a date line is. A page in a legacy encoding declared by its
// <meta charset> is decoded; stray invalid UTF-8 is replaced with U+FFFD.
func ParseHTML(raw []byte, id, path string) (*Document, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, &InputError{Path: path, Err: errors.New("empty file")}
	}
	if err := binaryReason(raw[:min(len(raw), sniffLen)]); err != nil {
		return nil, &InputError{Path: path, Err: err}
	}
	d := &Document{ID: id, Path: path}
	body := raw
	head := raw[:min(len(raw), 1024)]
	declared := bytes.Contains(bytes.ToLower(head), []byte("charset"))
	if enc, name, _ := charset.DetermineEncoding(head, ""); name != "utf-8" && enc != nil && (declared || !utf8.Valid(raw)) {
		if dec, err := enc.NewDecoder().Bytes(raw); err == nil {
			body = dec
			if !declared {
				// A browser guesses so too, and a legacy page reads
				// right; say so, the guess may be wrong.
				d.warnf("no charset declared and not UTF-8: decoded as %s", name)
			}
		}
	}
	fixed, bad, first := repairUTF8(trimBOM(body))
	if bad > 0 {
		d.warnf("invalid UTF-8: replaced %d bytes with U+FFFD (the first at byte %d)", bad, first)
	}
	root, err := html.Parse(bytes.NewReader(fixed))
	if err != nil { // html.Parse fails only on read errors
		return nil, &InputError{Path: path, Err: err}
	}
	m := scanMeta(root)
	d.URL, d.Lang, d.Source = m.canonical, m.lang, m.site

	var base *url.URL
	if d.URL != "" {
		base, _ = url.Parse(d.URL)
	}
	parser := readability.NewParser()
	// Its default logger formats every debug line into io.Discard: a
	// quarter of the parse time.
	parser.Logger = slog.New(slog.DiscardHandler)
	// Readability scores the page's elements in several passes; a page
	// with more than maxElements (news pages have a few thousand) is
	// machine-made, and its plain text is used rather than spend minutes.
	parser.MaxElemsToParse = maxElements
	art, err := parser.ParseAndMutate(root, base)
	if err == nil && art.Node != nil {
		var b strings.Builder
		if art.RenderText(&b) == nil {
			d.Text = strings.TrimSpace(b.String())
		}
	}
	if d.Text == "" && m.body != nil {
		// Readability found no article (a very short page) or gave up: the
		// body's text is better than nothing.
		d.Text = strings.TrimSpace(render.InnerText(m.body))
		if err != nil && d.Text != "" {
			d.warnf("over %d HTML elements: the whole page's text is used, menus and all", maxElements)
		}
	}
	d.Title = oneLine(art.Title())
	if d.Title == "" {
		d.Title = oneLine(m.title)
	}
	if d.Source == "" {
		d.Source = oneLine(art.SiteName())
	}
	if d.Lang == "" {
		d.Lang = art.Language()
	}

	if t, err := art.PublishedTime(); err == nil && t.Year() > 0 {
		d.Date = t.Format("2006-01-02")
	} else if !errors.Is(err, readability.ErrTimestampMissing) {
		d.warnf("unreadable publication date in the page's metadata: %v", err)
	}
	if d.Date == "" {
		for _, c := range m.dates {
			if day, ok := Day(c); ok {
				d.Date = day
				break
			}
			d.warnf("unreadable publication date %q in the page", c)
		}
	}
	if d.Date == "" {
		d.warnf(`no publication date in the page (JSON-LD datePublished, meta article:published_time, <time datetime>): relative dates ("on Friday") stay unresolved`)
	}
	if d.Text == "" {
		d.warnf("no article text found in the page")
	}
	return d, nil
}

// maxElements bounds the elements readability is asked to score.
const maxElements = 100000

// pageMeta is what ParseHTML reads from a page besides what readability
// gives.
type pageMeta struct {
	canonical, lang, site, title string
	dates                        []string // candidate publication timestamps, best first
	body                         *html.Node
}

// metaDateNames are <meta name=...> spellings of a publication date, lower
// case, that readability does not read itself.
var metaDateNames = []string{"date", "pubdate", "publishdate", "publish-date", "publish_date",
	"dc.date", "dc.date.issued", "dcterms.date", "sailthru.date", "article.published", "og:published_time"}

// scanMeta walks the page once, before readability rewrites it.
func scanMeta(root *html.Node) pageMeta {
	var m pageMeta
	var ogURL string
	var byProp, byName, timeTags []string // date candidates by source, best first
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				m.lang = attr(n, "lang")
			case "body":
				m.body = n
			case "title":
				if m.title == "" && n.FirstChild != nil {
					m.title = n.FirstChild.Data
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = absURL(attr(n, "href"))
				}
			case "meta":
				prop := strings.ToLower(attr(n, "property"))
				name := strings.ToLower(attr(n, "name"))
				content := strings.TrimSpace(attr(n, "content"))
				switch {
				case content == "":
				case prop == "og:url" && ogURL == "":
					ogURL = absURL(content)
				case prop == "og:site_name" && m.site == "":
					m.site = content
				case prop == "og:published_time", prop == "article:published_time",
					strings.EqualFold(attr(n, "itemprop"), "datePublished"):
					byProp = append(byProp, content)
				case slices.Contains(metaDateNames, name):
					byName = append(byName, content)
				}
			case "article":
				inArticle = true
			case "time":
				dt := strings.TrimSpace(attr(n, "datetime"))
				marked := hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished")
				if dt != "" && marked {
					byProp = append(byProp, dt)
				} else if dt != "" && inArticle {
					timeTags = append(timeTags, dt)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(root, false)
	if m.canonical == "" {
		m.canonical = ogURL
	}
	m.dates = append(append(byProp, byName...), timeTags...)
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// absURL keeps an address only when it is absolute http(s): a relative
// canonical link says nothing without the page's own address.
func absURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return s
}

// oneLine folds runs of white space (new lines in a <title>) into one
// space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
