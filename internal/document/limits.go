package document

import (
	"fmt"

	"github.com/goccy/go-yaml/token"
)

// Limits on a document, checked before it is parsed, so that the time to
// read the largest document accepted stays under 100 ms
// (BenchmarkParseLargest): the parser takes about a microsecond a token.
const (
	// MaxBytes bounds a document's size.
	MaxBytes = 256 << 10
	// MaxValues bounds its values: keys, scalars, lists and objects.
	MaxValues = 20_000
	// MaxKeys bounds the keys of one object written in block style. The
	// YAML parser (goccy/go-yaml 1.19) reads such an object in time that
	// grows with the square of its keys: a flat object of 53,000 keys
	// (827 KB) took 7 s. (goccy/go-yaml#889 would make it linear.)
	MaxKeys = 128
)

// A LimitError names the limit a document passes.
type LimitError struct {
	Limit string // "MaxBytes", "MaxValues" or "MaxKeys"
	Max   int
	Msg   string // what passed it, as "719780 bytes"
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%s: over document.%s (%d)", e.Msg, e.Limit, e.Max)
}

// checkTokens counts a document's values and the keys of each object in
// block style, where a key starts its line (after any "- "): a key at
// the column of the keys before it, with nothing to its left since, is
// one more key of their object. It returns the line where a limit is
// passed.
func checkTokens(tokens token.Tokens) (int, error) {
	type object struct{ col, keys int }
	var open []object // block objects around the current line, innermost last
	values, flow, line := 0, 0, 0
	sameLine := func(i int) bool { return i < len(tokens) && tokens[i].Position.Line == line }
	// isKey: a key, explicit or followed by ':' after at most an anchor
	// and a tag, on the same line.
	isKey := func(i int) bool {
		if tokens[i].Type == token.MappingKeyType {
			return true
		}
		for j := i + 1; j <= i+3 && sameLine(j); j++ {
			switch tokens[j].Type {
			case token.MappingValueType:
				return true
			case token.SequenceStartType, token.MappingStartType:
				return false
			}
		}
		return false
	}
	key := func(col int) error {
		for len(open) > 0 && open[len(open)-1].col > col {
			open = open[:len(open)-1]
		}
		if n := len(open); n > 0 && open[n-1].col == col {
			open[n-1].keys++
			if open[n-1].keys > MaxKeys {
				return &LimitError{Limit: "MaxKeys", Max: MaxKeys, Msg: "keys of one object"}
			}
			return nil
		}
		open = append(open, object{col: col, keys: 1})
		return nil
	}
	for i := 0; i < len(tokens); i++ {
		tk := tokens[i]
		switch tk.Type {
		case token.CommentType, token.SpaceType, token.DocumentHeaderType, token.DocumentEndType, token.DirectiveType:
			continue
		case token.MappingValueType, token.CollectEntryType:
		case token.SequenceEndType, token.MappingEndType:
			if flow > 0 {
				flow--
			}
		default:
			values++
			if values > MaxValues {
				return tk.Position.Line, &LimitError{Limit: "MaxValues", Max: MaxValues, Msg: "values (keys, scalars, lists and objects)"}
			}
		}
		startsLine := tk.Position.Line != line
		line = tk.Position.Line
		if flow == 0 && startsLine {
			// Sequence entries end the objects deeper than them; the
			// item after them starts a new one.
			j := i
			for ; sameLine(j) && tokens[j].Type == token.SequenceEntryType; j++ {
				col := tokens[j].Position.Column
				for len(open) > 0 && open[len(open)-1].col > col {
					open = open[:len(open)-1]
				}
			}
			if sameLine(j) && isKey(j) {
				col := tokens[j].Position.Column
				if j > i {
					open = append(open, object{col: col})
				}
				if err := key(col); err != nil {
					return line, err
				}
			}
		}
		if tk.Type == token.SequenceStartType || tk.Type == token.MappingStartType {
			flow++
		}
	}
	return 0, nil
}
