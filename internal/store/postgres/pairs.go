package postgres

import (
	"strconv"
	"strings"
)

// maxPair is the longest pair of lexemes documents.pairs holds, in bytes
// without the space between (tsv_pairs, migration 0022).
const maxPair = 1000

// tsNode is one node of a tsquery: a lexeme, or an operator ('!', '&',
// '|', or '<' for a phrase, dist apart) over its operands.
type tsNode struct {
	op          byte
	lexeme      string
	prefix      bool // lexeme:* matches every lexeme it begins
	dist        int
	left, right *tsNode
}

// pairQuery returns the tsquery (as text) over documents.pairs that every
// document matching ts, a tsquery as PostgreSQL prints it, also matches:
// each two lexemes a phrase needs side by side, combined as the phrases
// are. It returns "" when ts needs no pair (no phrase, or a phrase only
// under NOT or beside a term that needs none in an OR), or cannot be read.
func pairQuery(ts string) string {
	p := tsParser{s: ts}
	n := p.or()
	if p.skipSpace(); n == nil || p.i != len(p.s) {
		return ""
	}
	var b strings.Builder
	if pre := pairsOf(n); pre != nil {
		pre.write(&b)
	}
	return b.String()
}

// pairsOf returns the query over pairs that a match of n implies, or nil
// when it implies none. A phrase "left <1> right" ends its left match
// exactly one position before its right match starts (PostgreSQL's
// TS_phrase_execute), so the lexeme that ends left and the one that
// starts right are a pair.
func pairsOf(n *tsNode) *tsNode {
	switch n.op {
	case '&':
		return andNode(pairsOf(n.left), pairsOf(n.right))
	case '|':
		l, r := pairsOf(n.left), pairsOf(n.right)
		if l == nil || r == nil {
			return nil
		}
		return &tsNode{op: '|', left: l, right: r}
	case '<':
		pre := andNode(pairsOf(n.left), pairsOf(n.right))
		if n.dist == 1 {
			a, b := edge(n.left, false), edge(n.right, true)
			if a != nil && b != nil && len(a.lexeme)+len(b.lexeme) <= maxPair {
				pre = andNode(pre, &tsNode{lexeme: a.lexeme + " " + b.lexeme})
			}
		}
		return pre
	}
	return nil // a lexeme alone, or NOT: no pair is implied
}

// edge returns the lexeme that starts (first) or ends a match of n, when
// one lexeme always does.
func edge(n *tsNode, first bool) *tsNode {
	for n.op == '<' {
		if first {
			n = n.left
		} else {
			n = n.right
		}
	}
	if n.op != 0 || n.prefix {
		return nil
	}
	return n
}

// andNode joins two implied queries, either of which may be nil (implies
// nothing).
func andNode(a, b *tsNode) *tsNode {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	return &tsNode{op: '&', left: a, right: b}
}

// lexemeQuoter doubles what a quoted tsquery lexeme must double.
var lexemeQuoter = strings.NewReplacer(`'`, `''`, `\`, `\\`)

// write prints n as tsquery text, in parentheses throughout.
func (n *tsNode) write(b *strings.Builder) {
	if n.op == 0 {
		b.WriteByte('\'')
		b.WriteString(lexemeQuoter.Replace(n.lexeme))
		b.WriteByte('\'')
		return
	}
	b.WriteByte('(')
	n.left.write(b)
	b.WriteString(" " + string(n.op) + " ")
	n.right.write(b)
	b.WriteByte(')')
}

// tsParser reads a tsquery as PostgreSQL prints it ('a' <-> 'b' & !'c' |
// 'd':*), with its precedence: ! binds tightest, then <N>, &, |; binary
// operators group from the left.
type tsParser struct {
	s string
	i int
}

// skipSpace, or, and, phrase and unary are the parser's levels, loosest
// binding first; each returns nil on text it cannot read, and pairQuery
// then implies nothing.
func (p *tsParser) skipSpace() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

func (p *tsParser) or() *tsNode {
	n := p.and()
	for n != nil && p.peek('|') {
		p.i++
		r := p.and()
		if r == nil {
			return nil
		}
		n = &tsNode{op: '|', left: n, right: r}
	}
	return n
}

func (p *tsParser) and() *tsNode {
	n := p.phrase()
	for n != nil && p.peek('&') {
		p.i++
		r := p.phrase()
		if r == nil {
			return nil
		}
		n = &tsNode{op: '&', left: n, right: r}
	}
	return n
}

func (p *tsParser) phrase() *tsNode {
	n := p.unary()
	for n != nil && p.peek('<') {
		end := strings.IndexByte(p.s[p.i:], '>')
		if end < 0 {
			return nil
		}
		dist := 1
		if d := p.s[p.i+1 : p.i+end]; d != "-" {
			var err error
			if dist, err = strconv.Atoi(d); err != nil {
				return nil
			}
		}
		p.i += end + 1
		r := p.unary()
		if r == nil {
			return nil
		}
		n = &tsNode{op: '<', dist: dist, left: n, right: r}
	}
	return n
}

func (p *tsParser) unary() *tsNode {
	switch {
	case p.peek('!'):
		p.i++
		n := p.unary()
		if n == nil {
			return nil
		}
		return &tsNode{op: '!', left: n}
	case p.peek('('):
		p.i++
		n := p.or()
		if n == nil || !p.peek(')') {
			return nil
		}
		p.i++
		return n
	case p.peek('\''):
		return p.lexeme()
	}
	return nil
}

// lexeme reads 'text' (a quote or backslash in it doubled) and its
// optional :* and weights.
func (p *tsParser) lexeme() *tsNode {
	var b strings.Builder
	for p.i++; ; p.i++ {
		if p.i >= len(p.s) {
			return nil
		}
		c := p.s[p.i]
		if c == '\'' || c == '\\' {
			if p.i+1 < len(p.s) && p.s[p.i+1] == c {
				p.i++
			} else if c == '\'' {
				p.i++
				break
			}
		}
		b.WriteByte(c)
	}
	n := &tsNode{lexeme: b.String()}
	if p.i < len(p.s) && p.s[p.i] == ':' {
		for p.i++; p.i < len(p.s) && strings.IndexByte("*ABCDabcd", p.s[p.i]) >= 0; p.i++ {
			if p.s[p.i] == '*' {
				n.prefix = true
			}
		}
	}
	return n
}

// peek reports whether c is the next character after spaces.
func (p *tsParser) peek(c byte) bool {
	p.skipSpace()
	return p.i < len(p.s) && p.s[p.i] == c
}
