package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// decodeReference is json.Unmarshal, which DecodeEvents must match.
var decodeReference = unmarshalEvents

func checkDecode(t *testing.T, body []byte, batch bool) (fast bool) {
	t.Helper()
	got, gerr := DecodeEvents(body, batch)
	want, werr := decodeReference(body, batch)
	for _, e := range got {
		if e != nil {
			e.dataValid = false // not json.Unmarshal's to set
			if gerr == nil && e.CheckData() != nil {
				t.Fatalf("%s: data taken that is not JSON", body)
			}
			e.dataValid = false
		}
	}
	if (gerr == nil) != (werr == nil) || (gerr != nil && gerr.Error() != werr.Error()) || !reflect.DeepEqual(got, want) {
		t.Fatalf("%s (batch %v):\n got %s %v\nwant %s %v", body, batch, show(got), gerr, show(want), werr)
	}
	if !json.Valid(body) {
		return false
	}
	_, fast = readEvents(body, batch)
	return fast
}

func show(evs []*Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "%+v ", e)
	}
	return b.String()
}

// eventBodies are the cases TestDecodeEvents and FuzzDecodeEvents start
// from: what clients send, and what json.Unmarshal reads its own way.
var eventBodies = []string{
	`{"specversion":"1.0","id":"1","source":"s","type":"t","data":{"temp":90}}`,
	` { "specversion" : "1.0" , "id" : "1" , "source" : "s" , "type" : "t" , "data" : [1, {"a": "}]\""}, null] } `,
	`{"specversion":"1.0","id":"1","source":"s","type":"t","time":"2026-11-26T07:00:00.123+02:00","datacontenttype":"application/json","data":"x"}`,
	`{"specversion":"1.0","ID":"1","Source":"s","type":"t"}`,                    // names in other cases
	`{"specversion":"1.0","id":"1","ſource":"s","type":"t"}`,                    // a name that folds to source
	`{"specversion":"1.0","id":"a\"b\u00e9\ud800","source":"s","type":"t"}`,     // escapes, a lone surrogate
	"{\"specversion\":\"1.0\",\"id\":\"\xff\",\"source\":\"s\",\"type\":\"t\"}", // invalid UTF-8
	`{"specversion":"1.0","id":"\xff","source":"s","type":"t"}`,                 // an escape JSON has not
	`{"specversion":"1.0","id":1,"source":"s","type":"t"}`,                      // a number for a string
	`{"specversion":null,"id":"1","data":null}`,
	`{"id":"1","id":"2","data":1,"data":{"b":2},"time":"2026-01-01T00:00:00Z","time":"2027-01-01T00:00:00Z"}`, // repeated names
	`{"id":"1","traceparent":"00-x","partitionkey":{"k":[1,2,{"x":"]"}]},"n":-1.5e3,"t":true,"f":false,"z":null}`,
	`{"id":"1","time":"not a time"}`, `{"id":"1","time":5}`, `{"id":"1","time":null}`,
	`{}`, `[]`, `[{}]`, `[null]`, `[{"id":"1"},{"id":"2","data":[]}]`, `[1]`, `[[]]`, `null`, `"x"`, `5`,
	`{"id":"1"`, `[{"id":"1"},]`, `{"id":"1"} x`, ``, `[`, `{"id":"1\u0000"}`, "{\"id\":\"a\tb\"}",
}

// TestDecodeEvents: DecodeEvents gives what json.Unmarshal gives, errors
// included, over hand-written bodies and random ones; the bodies clients
// send take the path without reflection.
func TestDecodeEvents(t *testing.T) {
	fastCount := 0
	for _, b := range eventBodies {
		for _, batch := range []bool{false, true} {
			body := b
			if batch && !strings.HasPrefix(strings.TrimSpace(b), "[") {
				body = "[" + b + "]"
			}
			if checkDecode(t, []byte(body), batch) {
				fastCount++
			}
		}
	}
	if !checkDecode(t, []byte(eventBodies[0]), false) || !checkDecode(t, []byte("["+eventBodies[1]+","+eventBodies[2]+"]"), true) {
		t.Fatal("a body as clients write it did not take the path without reflection")
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		body := randomEvents(rng)
		checkDecode(t, body, len(body) > 0 && body[0] == '[')
	}
}

// randomEvents is a body of events with names, values and spacing picked
// at random, now and then cut short.
func randomEvents(rng *rand.Rand) []byte {
	pick := func(s ...string) string { return s[rng.IntN(len(s))] }
	names := []string{"specversion", "id", "source", "type", "time", "datacontenttype", "data", "Id", "TYPE", "ext", "traceparent", "x1", "dAta"}
	values := []string{`"1.0"`, `"x"`, `""`, `"é"`, `"a\nb"`, `"\u0041"`, `1`, `-2.5e-3`, `true`, `null`, `{}`, `[]`, `{"a":[1,"]}"]}`,
		`"2026-11-26T07:00:00Z"`, `"2026-11-26T07:00:00.5-03:30"`, `"2026-13-01T00:00:00Z"`, `[{"b":{"c":null}}]`}
	sp := func() string { return pick("", " ", "\n\t", "") }
	var b strings.Builder
	batch := rng.IntN(2) == 0
	n := 1
	if batch {
		n = rng.IntN(4)
		b.WriteString("[" + sp())
	}
	for i := range n {
		if i > 0 {
			b.WriteString("," + sp())
		}
		if rng.IntN(30) == 0 {
			b.WriteString(pick("null", "1", `"e"`, "[]"))
			continue
		}
		b.WriteString("{")
		for j := range rng.IntN(8) {
			if j > 0 {
				b.WriteString(",")
			}
			b.WriteString(sp() + `"` + pick(names...) + `"` + sp() + ":" + sp() + pick(values...) + sp())
		}
		b.WriteString("}")
	}
	if batch {
		b.WriteString(sp() + "]")
	}
	out := []byte(b.String())
	if rng.IntN(20) == 0 {
		out = out[:rng.IntN(len(out)+1)]
	}
	return out
}

// FuzzDecodeEvents: DecodeEvents and json.Unmarshal agree on any body.
func FuzzDecodeEvents(f *testing.F) {
	for _, b := range eventBodies {
		f.Add([]byte(b), false)
		f.Add([]byte(b), true)
	}
	f.Fuzz(func(t *testing.T, body []byte, batch bool) {
		checkDecode(t, body, batch)
	})
}

// BenchmarkDecodeEvents: a batch of 10 events as clients send them, read
// by DecodeEvents and by json.Unmarshal.
func BenchmarkDecodeEvents(b *testing.B) {
	var evs []string
	for i := range 10 {
		evs = append(evs, fmt.Sprintf(`{"specversion":"1.0","id":"%d","source":"bench","type":"sensor.reading","data":{"device":"d%d","temp":90}}`, i, i))
	}
	body := []byte("[" + strings.Join(evs, ",") + "]")
	for _, fast := range []bool{true, false} {
		b.Run(fmt.Sprint("fast=", fast), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				decode := decodeReference
				if fast {
					decode = DecodeEvents
				}
				if evs, err := decode(body, true); err != nil || len(evs) != 10 {
					b.Fatal(err)
				}
			}
		})
	}
}

// sameData is reflect.DeepEqual that also tells -0 from 0.
func sameData(a, b any) bool {
	switch a := a.(type) {
	case float64:
		b, ok := b.(float64)
		return ok && math.Float64bits(a) == math.Float64bits(b)
	case []any:
		b, ok := b.([]any)
		if !ok || len(a) != len(b) || (a == nil) != (b == nil) {
			return false
		}
		for i := range a {
			if !sameData(a[i], b[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		b, ok := b.(map[string]any)
		if !ok || len(a) != len(b) {
			return false
		}
		for k, v := range a {
			w, ok := b[k]
			if !ok || !sameData(v, w) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

// checkData: an event's Decoded gives what json.Unmarshal gives, errors
// included, whether or not its data was checked first.
func checkData(t *testing.T, data []byte) {
	t.Helper()
	if len(data) == 0 {
		return // no data: Decoded gives nil
	}
	var want any
	werr := json.Unmarshal(data, &want)
	for _, checked := range []bool{false, true} {
		e := &Event{ID: "1", Data: data}
		if checked && e.CheckData() != nil {
			continue
		}
		got, gerr := e.Decoded()
		if (gerr == nil) != (werr == nil) || (gerr == nil && !sameData(got, want)) {
			t.Fatalf("%q (checked %v):\n got %#v %v\nwant %#v %v", data, checked, got, gerr, want, werr)
		}
		if gerr != nil && json.Valid(data) && !strings.Contains(gerr.Error(), ": data") {
			t.Fatalf("%q: %v names no path", data, gerr)
		}
		if nerr := (&Event{ID: "1", Data: data}).CheckNumbers(); json.Valid(data) && (nerr == nil) != (werr == nil) {
			t.Fatalf("%q: CheckNumbers says %v, json.Unmarshal %v", data, nerr, werr)
		}
	}
}

// TestDecodeData: data is decoded as json.Unmarshal decodes it, over
// hand-written values (escapes, bytes that are not UTF-8, -0, numbers
// beyond float64, repeated names) and random ones.
func TestDecodeData(t *testing.T) {
	for _, d := range []string{
		`{"temp":90,"device":"d1"}`, ` [1, -0, 0, -0.0, 1e400, -1e400, 5e-324, 1e-400, 123456789012345, -123456789012345, 1234567890123456, 9007199254740993, 0.1, 1E2, -2.5e-3] `,
		`"a\"b\u00e9\ud800\/"`, "\"\xff\xfe é\"", `{"a\u0041":1,"aA":2,"x":1,"x":{"y":[]}}`, "{\"\xff\":1}",
		`true`, `false`, `null`, `{}`, `[]`, `[[],[{}],{"a":null}]`, "\n\t 7 \r", `{"a":`, `[1,]`, `01`, `"x" y`,
	} {
		checkData(t, []byte(d))
	}
	rng := rand.New(rand.NewPCG(5, 6))
	numbers := []string{"0", "-0", "7", "-7", "999999999999999", "1000000000000000", "-1000000000000001", "1.5", "-0.0e5", "1e308", "2e308", "4.9e-324", "2.5e-324"}
	for range 20000 {
		b, _ := json.Marshal(randomPlain(rng, 0))
		if rng.IntN(4) == 0 {
			// Numbers as clients write them, which json.Marshal does not.
			b = fmt.Appendf(nil, `{"n":%s,"a":[%s,%s]}`, numbers[rng.IntN(len(numbers))], numbers[rng.IntN(len(numbers))], numbers[rng.IntN(len(numbers))])
		}
		if rng.IntN(4) == 0 {
			b = []byte(strings.ReplaceAll(string(b), `\ufffd`, "\xff")) // bytes that are not UTF-8
		}
		checkData(t, b)
	}
}

// FuzzDecodeData: Decoded and json.Unmarshal agree on any data.
func FuzzDecodeData(f *testing.F) {
	f.Add([]byte(`{"temp":90,"device":"d1","a":[1,-0,1e400,"\u00e9"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkData(t, data)
	})
}

// BenchmarkDecodeData: an event's data as clients send it, decoded by
// Decoded and by json.Unmarshal.
func BenchmarkDecodeData(b *testing.B) {
	data := []byte(`{"device":"d17","temp":90.5,"tags":["a","b"],"at":{"lat":48.85,"lon":2.35}}`)
	b.Run("fast=true", func(b *testing.B) {
		for b.Loop() {
			e := &Event{Data: data, dataValid: true}
			if _, err := e.Decoded(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("fast=false", func(b *testing.B) {
		for b.Loop() {
			var v any
			if err := json.Unmarshal(data, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestDataErrorPath: a number beyond float64's range is named by its path,
// cut to 200 bytes, and found in one walk: each value's path is made only
// on the way back from the number.
func TestDataErrorPath(t *testing.T) {
	for _, c := range []struct{ data, path, number string }{
		{`{"a":{"b":[1,2,{"c d":1e999}]}}`, `data.a.b[2]["c d"]`, "1e999"},
		{`[[], {"x": -2e308}]`, `data[1].x`, "-2e308"},
		{`[1e308, 1` + strings.Repeat("0", 308) + `, 1` + strings.Repeat("0", 309) + `]`, `data[2]`, "1" + strings.Repeat("0", 39) + "…"},
		{`[1.7976931348623157e308, 1.7976931348623159e308]`, `data[1]`, "1.7976931348623159e308"},
		{`[` + strings.Repeat("9", 308) + `, 2` + strings.Repeat("0", 308) + `]`, `data[1]`, "2" + strings.Repeat("0", 39) + "…"},
		{`{"` + strings.Repeat("é", 150) + `": 1e999}`, `data.` + strings.Repeat("é", 97) + "…", "1e999"},
		{`{"\u00e9t\u00e9": 1` + strings.Repeat("0", 400) + `}`, `data.été`, "1" + strings.Repeat("0", 39) + "…"},
	} {
		e := &Event{ID: "1", Data: []byte(c.data)}
		_, err := e.Decoded()
		var de *DataError
		if !errors.As(err, &de) || de.Path != c.path || de.Number != c.number {
			t.Errorf("%.40s: %v, want %s %s", c.data, err, c.path, c.number)
		}
		if err := (&Event{ID: "1", Data: []byte(c.data)}).CheckNumbers(); err == nil || err.Error() != de.Error() {
			t.Errorf("%.40s: CheckNumbers says %v", c.data, err)
		}
	}
	// Wide, then deep with long names: neither the walk nor the path grows
	// with the square of the input.
	wide := strings.Repeat("[", 5000) + strings.Repeat("0,", 200000) + "1e999" + strings.Repeat("]", 5000)
	_, err := (&Event{ID: "1", Data: []byte(wide)}).Decoded()
	if !errors.As(err, new(*DataError)) {
		t.Fatalf("wide: %v", err)
	}
	deep := strings.Repeat(`{"`+strings.Repeat("k", 100)+`":`, 9000) + "1e999" + strings.Repeat("}", 9000)
	_, err = (&Event{ID: "1", Data: []byte(deep)}).Decoded()
	var de *DataError
	if !errors.As(err, &de) || !strings.HasPrefix(de.Path, "data.kkk") || len(de.Path) > maxPathLen+len("…") {
		t.Fatalf("deep: %v", err)
	}
}
