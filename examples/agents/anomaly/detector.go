package main

import "math"

// Detector keeps a sliding window of readings per device.
type Detector struct {
	size      int
	threshold float64
	windows   map[string][]float64
}

// NewDetector scores against the last size readings of a device and calls
// a reading anomalous when its z-score is over threshold.
func NewDetector(size int, threshold float64) *Detector {
	return &Detector{size: size, threshold: threshold, windows: map[string][]float64{}}
}

// Observe scores v against the device's window (0 until it holds three
// readings), then adds v to it.
func (d *Detector) Observe(device string, v float64) (score float64, anomaly bool) {
	w := d.windows[device]
	if len(w) >= 3 {
		mean := 0.0
		for _, x := range w {
			mean += x
		}
		mean /= float64(len(w))
		variance := 0.0
		for _, x := range w {
			variance += (x - mean) * (x - mean)
		}
		sd := math.Sqrt(variance / float64(len(w)))
		if sd > 0 {
			score = (v - mean) / sd
		} else if v != mean {
			score = math.Copysign(math.Inf(1), v-mean)
		}
	}
	w = append(w, v)
	if len(w) > d.size {
		w = w[len(w)-d.size:]
	}
	d.windows[device] = w
	if math.IsInf(score, 0) {
		return math.Copysign(1e9, score), true
	}
	return math.Round(score*1000) / 1000, math.Abs(score) > d.threshold
}
