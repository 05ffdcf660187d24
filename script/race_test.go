//go:build race

package script

// raceEnabled: the race detector maps shadow memory that a worker's data
// limit refuses, and slows evaluations past the timing tests' bounds.
const raceEnabled = true
