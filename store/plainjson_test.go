package store

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestAppendJSON: plain data comes out byte for byte as json.Marshal
// writes it, and what is not plain goes through json.Marshal.
func TestAppendJSON(t *testing.T) {
	values := []any{
		nil, true, false, "", "plain", `quote " back \ slash`, "<b>&amp;</b>", "tab\tnl\ncr\r\b\f\x00\x1f\x7f",
		"ünïcödé °C 😀", "\u2028\u2029", "bad \xff\xfe utf8 \xc3", 0.0, math.Copysign(0, -1), 1.0, -1.5, 80.25,
		1e-6, 9.99e-7, 1e-7, 1.5e-9, 1e20, 1e21, 123456789012345678901234.0, math.MaxFloat64, math.SmallestNonzeroFloat64,
		[]any{}, []any(nil), map[string]any{}, map[string]any(nil),
		[]any{1.0, "two", nil, []any{true}, map[string]any{"z": 1.0, "a": "x", "é": nil, "<k>": false}},
		map[string]any{"device": "d1", "temp": 90.0, "text": "Device d1 is at 90.0°C, over 80", "nested": map[string]any{"b": []any{}, "a": map[string]any{}}},
		// not plain: through json.Marshal
		int64(7), []string{"a"}, map[string]int{"b": 2, "a": 1}, struct {
			A string `json:"a"`
		}{"x"}, []any{int(3), uint8(4)},
	}
	for _, v := range values {
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := AppendJSON([]byte("prefix:"), v)
		if err != nil {
			t.Fatalf("%#v: %v", v, err)
		}
		if !bytes.Equal(got, append([]byte("prefix:"), want...)) {
			t.Errorf("%#v:\n got %s\nwant prefix:%s", v, got, want)
		}
	}
	for _, v := range []any{math.NaN(), math.Inf(1), []any{math.Inf(-1)}, map[string]any{"x": math.NaN()}} {
		if _, err := AppendJSON(nil, v); err == nil {
			t.Errorf("%v: no error", v)
		}
	}
	// Random plain data, decoded from JSON as events' data is.
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		v := randomPlain(rng, 0)
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := AppendJSON(nil, v)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("%#v:\n got %s (%v)\nwant %s", v, got, err, want)
		}
	}
	// Deeper than appendPlain goes: json.Marshal's answer.
	deep := any("x")
	for range maxPlainDepth + 10 {
		deep = []any{deep}
	}
	want, _ := json.Marshal(deep)
	if got, err := AppendJSON(nil, deep); err != nil || !bytes.Equal(got, want) {
		t.Errorf("deep: %v", err)
	}
}

func randomPlain(rng *rand.Rand, depth int) any {
	k := rng.IntN(7)
	if depth > 4 {
		k = rng.IntN(4)
	}
	switch k {
	case 0:
		return nil
	case 1:
		return rng.IntN(2) == 0
	case 2:
		return randomString(rng)
	case 3:
		return math.Float64frombits(rng.Uint64()&^(0x7ff<<52) | uint64(rng.IntN(0x7ff))<<52) // any finite float
	case 4:
		return rng.NormFloat64() * math.Pow(10, float64(rng.IntN(40)-20))
	case 5:
		a := make([]any, rng.IntN(5))
		for i := range a {
			a[i] = randomPlain(rng, depth+1)
		}
		return a
	default:
		m := map[string]any{}
		for range rng.IntN(5) {
			m[randomString(rng)] = randomPlain(rng, depth+1)
		}
		return m
	}
}

func randomString(rng *rand.Rand) string {
	const pieces = "ab<>&\"\\\n\t\x01\x7f°é😀\u2028\xff"
	var sb strings.Builder
	for range rng.IntN(8) {
		i := rng.IntN(len(pieces))
		sb.WriteByte(pieces[i])
	}
	return sb.String()
}
