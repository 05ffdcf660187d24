// Command misbehave is a test agent: its input says how to behave.
package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/cerestack/cere/sdk/agent"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		// A fork bomb's child: it only waits.
		time.Sleep(time.Hour)
		return
	}
	calls := 0
	model := "none" // the content of the model file last swapped in
	sick := false
	swap := func(path string) error {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		model = strings.TrimSpace(string(b))
		return nil
	}
	agent.RunWith(func(ctx context.Context, inv *agent.Invocation) (any, error) {
		calls++
		var in struct {
			Mode, Text string
			MS, MiB    int
		}
		if err := inv.Decode(&in); err != nil {
			return nil, err
		}
		switch in.Mode {
		case "echo":
			return map[string]any{"text": in.Text, "calls": calls}, nil
		case "fail":
			return nil, fmt.Errorf("asked to fail")
		case "canary":
			// A WebAssembly instance gets its agent's ref as its argument:
			// version 2 fails every other call.
			if len(os.Args) > 0 && strings.Contains(os.Args[len(os.Args)-1], "@2.") && calls%2 == 0 {
				return nil, fmt.Errorf("version 2 fails call %d", calls)
			}
			return map[string]any{"ok": true}, nil
		case "spin":
			for {
			}
		case "garbage":
			fmt.Println("this is not JSON-RPC")
		case "huge":
			fmt.Println(strings.Repeat("x", 2<<20))
		case "emit":
			if err := inv.Emit("agent.said", map[string]string{"text": in.Text}); err != nil {
				return nil, err
			}
			inv.Log("emitted %q", in.Text)
			return map[string]bool{"emitted": true}, nil
		case "exit":
			fmt.Fprintln(os.Stderr, "exiting on purpose")
			os.Exit(3)
		case "deaf":
			// Answers, then never reads its input again.
			go func() {
				for {
				}
			}()
			return map[string]bool{"deaf": true}, nil
		case "net":
			ifs, err := net.Interfaces()
			if err != nil {
				return nil, err
			}
			var names []string
			for _, i := range ifs {
				names = append(names, i.Name)
			}
			return map[string]any{"interfaces": names}, nil
		case "write":
			root := os.WriteFile("/agent-was-here", []byte("x"), 0o644)
			tmp := os.WriteFile("/tmp/scratch", []byte("x"), 0o644)
			return map[string]any{"root": fmt.Sprint(root), "tmp": fmt.Sprint(tmp)}, nil
		case "grow":
			var keep [][]byte
			for {
				keep = append(keep, make([]byte, 1<<20))
			}
		case "fork":
			// A fork bomb: children until the system says no.
			var spawned int
			var err error
			for spawned < 10000 {
				cmd := exec.Command(os.Args[0], "child")
				if err = cmd.Start(); err != nil {
					break
				}
				spawned++
			}
			return map[string]any{"spawned": spawned, "err": fmt.Sprint(err)}, nil
		case "sick":
			sick = true
			return map[string]bool{"sick": true}, nil
		case "model":
			return map[string]any{"model": model}, nil
		case "burn":
			// Busy until this process used MS more milliseconds of
			// processor time, however busy the machine is.
			end := cpuTime() + time.Duration(in.MS)*time.Millisecond
			n := 0
			for cpuTime() < end {
				n++
			}
			return map[string]int{"spins": n}, nil
		case "alloc":
			b := make([]byte, in.MiB<<20)
			for i := range b {
				b[i] = 1
			}
			return map[string]int{"bytes": len(b)}, nil
		case "write-model":
			return map[string]string{"err": fmt.Sprint(os.WriteFile("/model/x", []byte("x"), 0o644))}, nil
		}
		return map[string]int{"calls": calls}, nil
	}, agent.Options{ModelSwap: swap, Health: func() error {
		if sick {
			return fmt.Errorf("asked to be sick")
		}
		return nil
	}})
}
