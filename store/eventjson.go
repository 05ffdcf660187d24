package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DecodeEvents decodes a CloudEvent in JSON (batch false) or a batch of
// them (a JSON array), giving what json.Unmarshal into an Event or an
// []*Event gives, errors included. Bodies as clients write them (known
// attributes in lower case, strings without escapes, extension attributes
// of any value) are read without reflection, after the same validity check
// json.Unmarshal makes first; anything else goes to json.Unmarshal itself.
//
// The events' data, read from a valid body, is known to be JSON: CheckData
// does not read it again.
func DecodeEvents(body []byte, batch bool) ([]*Event, error) {
	evs, err := decodeEvents(body, batch)
	if err == nil {
		for _, ev := range evs {
			if ev != nil {
				ev.dataValid = true
			}
		}
	}
	return evs, err
}

func decodeEvents(body []byte, batch bool) ([]*Event, error) {
	if json.Valid(body) {
		if evs, ok := readEvents(body, batch); ok {
			return evs, nil
		}
	}
	return unmarshalEvents(body, batch)
}

// unmarshalEvents is json.Unmarshal into an []*Event, or one Event.
func unmarshalEvents(body []byte, batch bool) ([]*Event, error) {
	if batch {
		var evs []*Event
		err := json.Unmarshal(body, &evs)
		return evs, err
	}
	var ev Event
	err := json.Unmarshal(body, &ev)
	return []*Event{&ev}, err
}

// readEvents reads valid JSON; ok is false where it cannot tell that it
// reads it as json.Unmarshal would.
func readEvents(body []byte, batch bool) (evs []*Event, ok bool) {
	s := eventScanner{b: body}
	s.space()
	if !batch {
		ev, ok := s.event()
		return []*Event{ev}, ok
	}
	if s.b[s.i] != '[' {
		return nil, false
	}
	s.i++
	s.space()
	evs = []*Event{}
	if s.b[s.i] == ']' {
		return evs, true
	}
	for {
		s.space()
		ev, ok := s.event()
		if !ok {
			return nil, false
		}
		evs = append(evs, ev)
		s.space()
		if s.b[s.i] == ']' {
			return evs, true
		}
		s.i++ // ,
	}
}

// eventScanner walks JSON known to be valid.
type eventScanner struct {
	b []byte
	i int
}

func (s *eventScanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// str reads the string at s.i: its bytes between the quotes, and whether
// it has escapes.
func (s *eventScanner) str() (raw []byte, escaped bool) {
	start := s.i + 1
	for j := start; ; j++ {
		switch s.b[j] {
		case '"':
			s.i = j + 1
			return s.b[start:j], escaped
		case '\\':
			escaped = true
			j++
		}
	}
}

// skip passes the value at s.i.
func (s *eventScanner) skip() {
	switch s.b[s.i] {
	case '"':
		s.str()
	case '{', '[':
		depth := 0
		for {
			switch s.b[s.i] {
			case '"':
				s.str()
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			}
			s.i++
			if depth == 0 {
				return
			}
		}
	default: // a number, true, false or null
		for s.i < len(s.b) {
			switch s.b[s.i] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				return
			}
			s.i++
		}
	}
}

// event reads the object at s.i as an Event.
func (s *eventScanner) event() (*Event, bool) {
	if s.b[s.i] != '{' {
		return nil, false // null, or not an object: json.Unmarshal says what
	}
	s.i++
	ev := &Event{}
	s.space()
	if s.b[s.i] == '}' {
		s.i++
		return ev, true
	}
	for {
		s.space()
		key, escaped := s.str()
		if escaped {
			return nil, false
		}
		s.space()
		s.i++ // :
		s.space()
		start := s.i
		var field *string
		switch string(key) {
		case "specversion":
			field = &ev.SpecVersion
		case "id":
			field = &ev.ID
		case "source":
			field = &ev.Source
		case "type":
			field = &ev.Type
		case "datacontenttype":
			field = &ev.DataContentType
		case "time":
			if s.b[s.i] != '"' {
				return nil, false
			}
			s.skip()
			if ev.Time.UnmarshalJSON(s.b[start:s.i]) != nil {
				return nil, false
			}
		case "data":
			if s.b[s.i] == 'n' {
				return nil, false // null
			}
			s.skip()
			ev.Data = bytes.Clone(s.b[start:s.i])
		default:
			// json.Unmarshal matches names without regard to case (and
			// folds a few letters beyond ASCII): a name in lower-case ASCII
			// other than those above is none of the event's.
			for _, c := range key {
				if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
					return nil, false
				}
			}
			s.skip()
		}
		if field != nil {
			if s.b[s.i] != '"' {
				return nil, false
			}
			raw, escaped := s.str()
			if escaped || !utf8.Valid(raw) {
				return nil, false
			}
			*field = string(raw)
		}
		s.space()
		if s.b[s.i] == '}' {
			s.i++
			return ev, true
		}
		s.i++ // ,
	}
}

// decodeData gives what json.Unmarshal into an any gives of data, which is
// known to be valid JSON, without reflection; ok is false where it leaves
// the answer to json.Unmarshal (a number out of float64's range).
func decodeData(data []byte) (v any, ok bool) {
	s := eventScanner{b: data}
	s.space()
	return s.value()
}

// value reads the value at s.i as json.Unmarshal into an any does.
func (s *eventScanner) value() (any, bool) {
	switch s.b[s.i] {
	case '"':
		return s.text()
	case '{':
		s.i++
		m := map[string]any{}
		s.space()
		if s.b[s.i] == '}' {
			s.i++
			return m, true
		}
		for {
			s.space()
			k, ok := s.text()
			if !ok {
				return nil, false
			}
			s.space()
			s.i++ // :
			s.space()
			v, ok := s.value()
			if !ok {
				return nil, false
			}
			m[k] = v // the last of a repeated name, as json.Unmarshal
			s.space()
			if s.b[s.i] == '}' {
				s.i++
				return m, true
			}
			s.i++ // ,
		}
	case '[':
		s.i++
		a := []any{}
		s.space()
		if s.b[s.i] == ']' {
			s.i++
			return a, true
		}
		for {
			s.space()
			v, ok := s.value()
			if !ok {
				return nil, false
			}
			a = append(a, v)
			s.space()
			if s.b[s.i] == ']' {
				s.i++
				return a, true
			}
			s.i++ // ,
		}
	case 't':
		s.i += len("true")
		return true, true
	case 'f':
		s.i += len("false")
		return false, true
	case 'n':
		s.i += len("null")
		return nil, true
	}
	start := s.i
	s.skip()
	return number(s.b[start:s.i])
}

// text reads the string at s.i. One with escapes or bytes that are not
// UTF-8 is unquoted by json.Unmarshal, which also replaces those bytes.
func (s *eventScanner) text() (string, bool) {
	start := s.i
	raw, escaped := s.str()
	if !escaped && utf8.Valid(raw) {
		return string(raw), true
	}
	var t string
	if json.Unmarshal(s.b[start:s.i], &t) != nil {
		return "", false
	}
	return t, true
}

// number is the float64 of a JSON number, as strconv.ParseFloat gives it:
// an integer of up to 15 digits is exact as a float64, and made here.
func number(b []byte) (any, bool) {
	digits := b
	if len(b) > 0 && b[0] == '-' {
		digits = b[1:]
	}
	if len(digits) <= 15 {
		n := int64(0)
		for _, c := range digits {
			if c < '0' || c > '9' {
				n = -1
				break
			}
			n = n*10 + int64(c-'0')
		}
		if n >= 0 {
			f := float64(n)
			if len(digits) < len(b) {
				f = -f // -0 too, as ParseFloat gives it
			}
			return f, true
		}
	}
	f, err := strconv.ParseFloat(string(b), 64)
	return f, err == nil
}

// tooLarge finds the first number in data, valid JSON, that does not fit a
// float64 (json.Unmarshal into an any refuses the whole value for it), and
// names it with its path from the data's root: data.readings[3].temp.
func tooLarge(data []byte) error {
	s := eventScanner{b: data}
	s.space()
	at, num, found := s.findTooLarge(nil)
	if !found {
		return nil
	}
	var b strings.Builder
	b.WriteString("data")
	for i := len(at) - 1; i >= 0 && b.Len() <= maxPathLen; i-- {
		b.WriteString(at[i])
	}
	path := b.String()
	if len(path) > maxPathLen {
		cut := maxPathLen
		for cut > 0 && !utf8.RuneStart(path[cut]) {
			cut--
		}
		path = path[:cut] + "…"
	}
	if len(num) > 40 {
		num = append(num[:40:40], "…"...)
	}
	return &DataError{Path: path, Number: string(num)}
}

// maxPathLen is how much of a path a DataError keeps, in bytes.
const maxPathLen = 200

// DataError is Decoded's error for data that json.Unmarshal cannot take
// into an any: a number beyond float64's range, named by its path.
type DataError struct {
	Path   string // data.readings[3].temp (cut after 200 bytes)
	Number string // as written (cut after 40 bytes)
}

func (e *DataError) Error() string {
	return fmt.Sprintf("%s: number %s does not fit a float64", e.Path, e.Number)
}

// findTooLarge walks the value at s.i for such a number; on the way back
// from it, each level adds its step to at, the innermost first. (Steps are
// made only then: a path made for every value walked costs its depth.)
func (s *eventScanner) findTooLarge(at []string) ([]string, []byte, bool) {
	switch s.b[s.i] {
	case '{':
		s.i++
		for {
			s.space()
			if s.b[s.i] == '}' {
				s.i++
				return at, nil, false
			}
			key := s.i
			s.str()
			s.space()
			s.i++ // :
			s.space()
			if at, num, found := s.findTooLarge(at); found {
				k := eventScanner{b: s.b, i: key}
				name, _ := k.text()
				return append(at, member(name)), num, true
			}
			s.space()
			if s.b[s.i] == ',' {
				s.i++
			}
		}
	case '[':
		s.i++
		for i := 0; ; i++ {
			s.space()
			if s.b[s.i] == ']' {
				s.i++
				return at, nil, false
			}
			if at, num, found := s.findTooLarge(at); found {
				return append(at, "["+strconv.Itoa(i)+"]"), num, true
			}
			s.space()
			if s.b[s.i] == ',' {
				s.i++
			}
		}
	case '"', 't', 'f', 'n':
		s.skip()
		return at, nil, false
	}
	start := s.i
	s.skip()
	if tok := s.b[start:s.i]; mayOverflow(tok) {
		if _, ok := number(tok); !ok {
			return at, tok, true
		}
	}
	return at, nil, false
}

// mayOverflow reports whether a JSON number might not fit a float64: one
// with an exponent, or too long to be sure of (308 characters without an
// exponent are at most 308 digits before the point: under 1e308).
func mayOverflow(tok []byte) bool {
	return len(tok) > 308 || bytes.ContainsAny(tok, "eE")
}

// member is how a path names the member k: .k for a name of letters,
// digits and underscores, ["k"] for any other.
func member(k string) string {
	for i, c := range k {
		if c != '_' && !unicode.IsLetter(c) && (i == 0 || !unicode.IsDigit(c)) {
			q, _ := json.Marshal(k)
			return "[" + string(q) + "]"
		}
	}
	if k == "" {
		return `[""]`
	}
	return "." + k
}
