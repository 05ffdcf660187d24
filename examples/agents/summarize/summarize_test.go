package main

import (
	"strings"
	"testing"
)

func TestSummarize(t *testing.T) {
	text := "Sensors report temperature every minute. The pump overheated twice today. " +
		"Lunch was good. The pump temperature rose above the limit, so the pump was stopped."
	got := Summarize(text, 120)
	if !strings.Contains(got, "pump") || strings.Contains(got, "Lunch") || len(got) > 120 {
		t.Fatalf("summary %q", got)
	}
	if got := Summarize("One sentence only", 280); got != "One sentence only" {
		t.Fatalf("one sentence: %q", got)
	}
}
