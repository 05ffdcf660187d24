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
	evs = []*Event{}
	if !s.elements(func(int) bool {
		ev, ok := s.event()
		evs = append(evs, ev)
		return ok
	}) {
		return nil, false
	}
	return evs, true
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

// members walks the object at s.i: for each member, each is given its
// name as written (quotes included) with s.i at its value, which each reads
// past. It stops, reporting false, where each does.
func (s *eventScanner) members(each func(name []byte) bool) bool {
	s.i++ // {
	for {
		s.space()
		if s.b[s.i] == '}' {
			s.i++
			return true
		}
		start := s.i
		s.str()
		name := s.b[start:s.i]
		s.space()
		s.i++ // :
		s.space()
		if !each(name) {
			return false
		}
		s.space()
		if s.b[s.i] == ',' {
			s.i++
		}
	}
}

// elements walks the array at s.i as members walks an object, giving each
// the element's index.
func (s *eventScanner) elements(each func(i int) bool) bool {
	s.i++ // [
	for i := 0; ; i++ {
		s.space()
		if s.b[s.i] == ']' {
			s.i++
			return true
		}
		if !each(i) {
			return false
		}
		s.space()
		if s.b[s.i] == ',' {
			s.i++
		}
	}
}

// event reads the object at s.i as an Event.
func (s *eventScanner) event() (*Event, bool) {
	if s.b[s.i] != '{' {
		return nil, false // null, or not an object: json.Unmarshal says what
	}
	ev := &Event{}
	if !s.members(func(name []byte) bool {
		key := name[1 : len(name)-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			return false
		}
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
				return false
			}
			s.skip()
			if ev.Time.UnmarshalJSON(s.b[start:s.i]) != nil {
				return false
			}
		case "data":
			if s.b[s.i] == 'n' {
				return false // null
			}
			s.skip()
			ev.Data = bytes.Clone(s.b[start:s.i])
		default:
			// json.Unmarshal matches names without regard to case (and
			// folds a few letters beyond ASCII): a name in lower-case ASCII
			// other than those above is none of the event's.
			for _, c := range key {
				if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
					return false
				}
			}
			s.skip()
		}
		if field != nil {
			if s.b[s.i] != '"' {
				return false
			}
			raw, escaped := s.str()
			if escaped || !utf8.Valid(raw) {
				return false
			}
			*field = string(raw)
		}
		return true
	}) {
		return nil, false
	}
	return ev, true
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
		m := map[string]any{}
		if !s.members(func(name []byte) bool {
			k, ok := textOf(name)
			if !ok {
				return false
			}
			v, ok := s.value()
			m[k] = v // the last of a repeated name, as json.Unmarshal
			return ok
		}) {
			return nil, false
		}
		return m, true
	case '[':
		a := []any{}
		if !s.elements(func(int) bool {
			v, ok := s.value()
			a = append(a, v)
			return ok
		}) {
			return nil, false
		}
		return a, true
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

// text reads the string at s.i (see textOf).
func (s *eventScanner) text() (string, bool) {
	start := s.i
	s.str()
	return textOf(s.b[start:s.i])
}

// textOf is the string a JSON string (quotes included) holds. One with
// escapes or bytes that are not UTF-8 is unquoted by json.Unmarshal, which
// also replaces those bytes.
func textOf(quoted []byte) (string, bool) {
	raw := quoted[1 : len(quoted)-1]
	if bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		return string(raw), true
	}
	var t string
	if json.Unmarshal(quoted, &t) != nil {
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
	var num []byte
	found := false
	switch s.b[s.i] {
	case '{':
		s.members(func(name []byte) bool {
			if at, num, found = s.findTooLarge(at); found {
				k, _ := textOf(name)
				at = append(at, member(k))
			}
			return !found
		})
		return at, num, found
	case '[':
		s.elements(func(i int) bool {
			if at, num, found = s.findTooLarge(at); found {
				at = append(at, "["+strconv.Itoa(i)+"]")
			}
			return !found
		})
		return at, num, found
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
