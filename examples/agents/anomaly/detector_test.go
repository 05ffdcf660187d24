package main

import "testing"

func TestDetector(t *testing.T) {
	d := NewDetector(50, 3)
	for _, v := range []float64{20, 21, 19, 20, 22, 18, 20, 21} {
		if _, anomaly := d.Observe("d1", v); anomaly {
			t.Fatalf("%v called an anomaly", v)
		}
	}
	if score, anomaly := d.Observe("d1", 60); !anomaly || score < 3 {
		t.Fatalf("60 after ~20s: score %v", score)
	}
	if _, anomaly := d.Observe("d2", 60); anomaly {
		t.Fatal("another device's window was used")
	}
}
