package main

import (
	"slices"
	"strings"
	"unicode"
)

// stopwords are left out of the word counts.
var stopwords = map[string]bool{
	"a": true, "an": true, "and": true, "are": true, "as": true, "at": true, "be": true, "by": true,
	"for": true, "from": true, "has": true, "have": true, "in": true, "is": true, "it": true, "its": true,
	"of": true, "on": true, "or": true, "that": true, "the": true, "this": true, "to": true, "was": true,
	"were": true, "which": true, "with": true,
}

// Summarize picks the sentences whose words are most frequent in the
// text (at least the mean score, the best one always), and keeps them in
// their order, within limit characters.
func Summarize(text string, limit int) string {
	sentences := splitSentences(text)
	if len(sentences) == 0 {
		return ""
	}
	freq := map[string]int{}
	for _, s := range sentences {
		for _, w := range words(s) {
			freq[w]++
		}
	}
	type scored struct {
		i     int
		score float64
	}
	var ranked []scored
	for i, s := range sentences {
		ws := words(s)
		total := 0
		for _, w := range ws {
			total += freq[w]
		}
		score := 0.0
		if len(ws) > 0 {
			score = float64(total) / float64(len(ws))
		}
		ranked = append(ranked, scored{i, score})
	}
	slices.SortStableFunc(ranked, func(a, b scored) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return a.i - b.i
	})
	mean := 0.0
	for _, r := range ranked {
		mean += r.score / float64(len(ranked))
	}
	var keep []int
	length := 0
	for _, r := range ranked {
		n := len(sentences[r.i]) + 1
		if len(keep) > 0 && (length+n > limit || r.score < mean) {
			continue
		}
		keep = append(keep, r.i)
		length += n
	}
	slices.Sort(keep)
	parts := make([]string, len(keep))
	for i, k := range keep {
		parts[i] = sentences[k]
	}
	out := strings.Join(parts, " ")
	if len(out) > limit {
		out = strings.TrimSpace(out[:limit-1]) + "…"
	}
	return out
}

func splitSentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		if r == '.' || r == '!' || r == '?' {
			if s := strings.TrimSpace(text[start : i+1]); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

func words(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !stopwords[w] {
			out = append(out, w)
		}
	}
	return out
}
