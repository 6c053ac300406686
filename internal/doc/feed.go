package doc

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// ReadFeed reads an RSS (0.9x, 1.0, 2.0) or Atom feed from r and calls fn
// with one Document per item, in the feed's order: its title, link (URL),
// publication day (pubDate, published, dc:date; updated when there is no
// other) and text, the longest of the item's content and description with
// the HTML stripped. path names the feed in messages and in each
// Document's Path; Line is the line of the item's start tag.
//
// An item's ID is idPrefix, a dash and 12 hex digits of the SHA-256 of its
// guid (or, lacking one, its link, or its title and date): the same item
// read from the feed again, or after a restart, gets the same id, whatever
// the feed's ids look like (URLs, tag: URIs). A feed that is not XML, or
// whose root is not rss, RDF or feed, is one *InputError; an item the
// decoder cannot read ends the feed with an *InputError at its line.
// Feeds in the wild are forgiving XML: HTML entities (&nbsp;) and unclosed
// HTML tags are accepted, and an encoding declared in the XML header is
// decoded.
//
// ReadFeed returns the first error fn returns and no other.
func ReadFeed(r io.Reader, path, idPrefix string, fn func(*Document, error) error) error {
	fail := func(line int, err error) error {
		return fn(nil, &InputError{Path: path, Line: line, Err: err})
	}
	dec := xml.NewDecoder(io.LimitReader(r, int64(maxDocBytes)+1))
	dec.Strict = false
	dec.AutoClose = htmlVoid
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = charset.NewReaderLabel

	var channel struct{ title, lang string }
	root, items, depth := "", 0, 0
	for {
		line, _ := dec.InputPos()
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if root == "" {
				return fail(0, fmt.Errorf("not an RSS or Atom feed: %v", err))
			}
			return fail(line, fmt.Errorf("reading the feed: %v", err))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			name := strings.ToLower(t.Name.Local)
			if root == "" {
				root = name
				if root != "rss" && root != "feed" && root != "rdf" {
					return fail(0, fmt.Errorf("not an RSS or Atom feed: the root element is <%s>", t.Name.Local))
				}
				continue
			}
			switch name {
			case "item", "entry":
				line, _ := dec.InputPos()
				var it feedItem
				if err := dec.DecodeElement(&it, &t); err != nil {
					return fail(line, fmt.Errorf("reading an item: %v", err))
				}
				depth--
				items++
				d := it.document(path, idPrefix, line)
				if d.Source == "" {
					d.Source = channel.title
				}
				if d.Lang == "" {
					d.Lang = channel.lang
				}
				if err := fn(d, nil); err != nil {
					return err
				}
			case "title", "language":
				// The channel's (RSS) or the feed's (Atom) own title and
				// language: at depth 2 in Atom, 3 in RSS (rss > channel).
				if depth > 3 {
					continue
				}
				var s string
				if err := dec.DecodeElement(&s, &t); err != nil {
					continue // a malformed title leaves the items readable
				}
				depth--
				if name == "title" && channel.title == "" {
					channel.title = oneLine(stripHTML(s))
				} else if name == "language" && channel.lang == "" {
					channel.lang = strings.TrimSpace(s)
				}
			}
		case xml.EndElement:
			depth--
		}
	}
	if root == "" {
		return fail(0, errors.New("not an RSS or Atom feed: no XML element"))
	}
	if items == 0 {
		return fail(0, errors.New("the feed has no items"))
	}
	return nil
}

// htmlVoid are the HTML elements that never have an end tag, which a feed's
// unescaped markup may hold (<br>, <img>); xml.HTMLAutoClose less "link",
// which in RSS has content.
var htmlVoid = []string{"basefont", "br", "area", "img", "param", "hr", "input", "col", "frame", "isindex", "base", "meta"}

// feedItem is an RSS item or an Atom entry, read field by field whatever
// the namespaces: feeds mix RSS, Atom, Dublin Core and content: freely.
type feedItem struct {
	Fields []feedField `xml:",any"`
}

type feedField struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
	Inner   string     `xml:",innerxml"`
}

func (f *feedField) attr(name string) string {
	for _, a := range f.Attrs {
		if strings.EqualFold(a.Name.Local, name) {
			return a.Value
		}
	}
	return ""
}

// text is a field's content as plain text: Atom's type="xhtml" is markup
// inside the element, type="text" is plain text, and everything else
// (RSS's description, content:encoded, Atom's type="html") is HTML
// escaped into the element's text.
func (f *feedField) text() string {
	switch strings.ToLower(f.attr("type")) {
	case "xhtml":
		return stripHTML(f.Inner)
	case "text":
		return strings.TrimSpace(f.Text)
	}
	return stripHTML(f.Text)
}

func (it *feedItem) document(path, idPrefix string, line int) *Document {
	var title, link, guid, published, updated, content string
	for i := range it.Fields {
		f := &it.Fields[i]
		switch strings.ToLower(f.XMLName.Local) {
		case "title":
			if title == "" {
				title = oneLine(f.text())
			}
		case "link":
			rel := f.attr("rel")
			switch href := strings.TrimSpace(f.attr("href")); {
			case href != "" && (rel == "" || rel == "alternate") && link == "":
				link = href
			case href == "" && link == "":
				link = strings.TrimSpace(f.Text)
			}
		case "guid", "id":
			if guid == "" {
				guid = strings.TrimSpace(f.Text)
			}
		case "pubdate", "published", "date", "issued":
			if published == "" {
				published = strings.TrimSpace(f.Text)
			}
		case "updated", "modified":
			if updated == "" {
				updated = strings.TrimSpace(f.Text)
			}
		case "description", "summary", "encoded", "content":
			if t := f.text(); len(t) > len(content) {
				content = t
			}
		}
	}
	d := &Document{Title: title, URL: absURL(link), Text: content, Path: path, Line: line}
	key := guid
	if key == "" {
		key = link
	}
	if key == "" {
		key = title + "\x00" + published + "\x00" + updated
	}
	sum := sha256.Sum256([]byte(key))
	d.ID = idPrefix + "-" + hex.EncodeToString(sum[:6])
	if guid == "" && link == "" {
		d.warnf("no guid or link: the id %q comes from the title and date", d.ID)
	}
	for _, ts := range []string{published, updated} {
		if ts == "" {
			continue
		}
		if day, ok := Day(ts); ok {
			d.Date = day
			break
		}
		d.warnf("unreadable date %q", ts)
	}
	if d.Date == "" {
		d.warnf(`no publication date (pubDate, published, updated): relative dates ("on Friday") stay unresolved`)
	}
	if d.Text == "" {
		d.warnf("no text (description or content)")
	}
	return d
}

// stripHTML is the text a browser would show for an HTML fragment, with
// paragraphs separated by blank lines.
func stripHTML(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), div)
	if err != nil {
		return strings.TrimSpace(s)
	}
	for _, n := range nodes {
		div.AppendChild(n)
	}
	return strings.TrimSpace(render.InnerText(div))
}

// isFeed reports whether the start of an input is an RSS or Atom feed
// rather than an HTML page: its first element, after the XML declaration,
// comments and a doctype, is rss, feed or rdf:RDF.
func isFeed(head []byte) bool {
	p := bytes.TrimPrefix(head, []byte(bom))
	for {
		p = bytes.TrimLeft(p, " \t\r\n")
		switch {
		case bytes.HasPrefix(p, []byte("<?")):
			i := bytes.Index(p, []byte("?>"))
			if i < 0 {
				return false
			}
			p = p[i+2:]
		case bytes.HasPrefix(p, []byte("<!--")):
			i := bytes.Index(p, []byte("-->"))
			if i < 0 {
				return false
			}
			p = p[i+3:]
		case bytes.HasPrefix(p, []byte("<!")):
			i := bytes.IndexByte(p, '>')
			if i < 0 {
				return false
			}
			p = p[i+1:]
		default:
			for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
				if len(p) > len(root) && strings.EqualFold(string(p[:len(root)]), root) {
					c := p[len(root)]
					return c == ' ' || c == '>' || c == '\t' || c == '\n' || c == '\r'
				}
			}
			return false
		}
	}
}
