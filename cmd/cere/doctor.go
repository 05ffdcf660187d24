package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/cerestack/cere/node"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
	"github.com/spf13/cobra"
)

// check is one finding of `cere doctor`.
type check struct {
	Name   string `json:"name"`
	Status string `json:"status"` // ok, warn, fail, skip
	Detail string `json:"detail"`
	Fix    string `json:"fix,omitempty"`
}

func newDoctorCmd(g *globals) *cobra.Command {
	var dataDir string
	cmd := &cobra.Command{
		Use:   "doctor",
		Short: "Check this machine for what a node needs, and say what to fix",
		Long: `Check this machine for what a node needs: the node's API, the data dir and
its config, the ports, Docker, the chain. Each finding says what to fix.
Exits 1 when a check fails.

--output json prints an array of {"name", "status" (ok, warn, fail, skip),
"detail", "fix"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			checks := diagnose(cmd.Context(), g, dataDir)
			out := cmd.OutOrStdout()
			failed := 0
			for _, c := range checks {
				if c.Status == "fail" {
					failed++
				}
			}
			if g.output == "json" {
				if err := printJSON(out, checks); err != nil {
					return err
				}
			} else {
				tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
				for _, c := range checks {
					fmt.Fprintf(tw, "%s\t%s\t%s\n", c.Status, c.Name, c.Detail)
					if c.Fix != "" {
						fmt.Fprintf(tw, "\t\t-> %s\n", c.Fix)
					}
				}
				if err := tw.Flush(); err != nil {
					return err
				}
			}
			if failed > 0 {
				return fmt.Errorf("%d check(s) failed", failed)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dataDir, "data", "", "data dir to check (env CERE_DATA, default ~/.cere)")
	return cmd
}

func diagnose(ctx context.Context, g *globals, dataDir string) []check {
	var checks []check
	running := false
	if c, err := g.client(); err == nil {
		cctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		s, err := c.Status(cctx)
		cancel()
		if err == nil {
			running = true
			checks = append(checks, check{Name: "node", Status: "ok", Detail: fmt.Sprintf("answers at %s: peer %s, %d live peers", g.apiURL, s.PeerID, s.Peers)})
		} else {
			checks = append(checks, check{Name: "node", Status: "warn", Detail: fmt.Sprintf("none answers at %s", g.apiURL), Fix: "start one with `cere daemon` (or `make run`), or point --api at it"})
		}
	}

	if dataDir == "" {
		dataDir = os.Getenv("CERE_DATA")
	}
	if dataDir == "" {
		home, _ := os.UserHomeDir()
		dataDir = filepath.Join(home, ".cere")
	}
	cfg := node.DefaultConfig(dataDir)
	switch info, err := os.Stat(dataDir); {
	case errors.Is(err, os.ErrNotExist):
		checks = append(checks, check{Name: "data dir", Status: "warn", Detail: dataDir + " does not exist yet", Fix: "the first `cere daemon` creates it"})
	case err != nil:
		checks = append(checks, check{Name: "data dir", Status: "fail", Detail: err.Error(), Fix: "make the data dir readable by this user, or pick another with --data"})
	default:
		c := check{Name: "data dir", Status: "ok", Detail: dataDir}
		if info.Mode().Perm()&0o077 != 0 {
			c.Status, c.Fix = "warn", "chmod 700 "+dataDir+": it holds the node's keys"
			c.Detail += fmt.Sprintf(" is readable by others (mode %o)", info.Mode().Perm())
		}
		if _, err := os.Stat(filepath.Join(dataDir, node.WalletFile)); err != nil {
			c.Detail += "; no wallet yet (the next `cere daemon` makes one)"
		}
		checks = append(checks, c)
		if loaded, err := node.LoadConfig(dataDir); err != nil {
			checks = append(checks, check{Name: "config", Status: "fail", Detail: err.Error(), Fix: "correct that line of " + node.ConfigFile})
		} else {
			cfg = loaded
			checks = append(checks, check{Name: "config", Status: "ok", Detail: filepath.Join(dataDir, node.ConfigFile) + " is valid"})
		}
	}

	// Ports matter only when no node holds them already.
	if running {
		checks = append(checks, check{Name: "ports", Status: "skip", Detail: "held by the running node"})
	} else {
		addrs := []string{cfg.API.Listen}
		for _, s := range cfg.P2P.Listen {
			a, err := ma.NewMultiaddr(s)
			if err != nil {
				continue
			}
			if network, hostport, err := manet.DialArgs(a); err == nil && (network == "tcp4" || network == "tcp6") {
				addrs = append(addrs, hostport)
			}
		}
		c := check{Name: "ports", Status: "ok", Detail: "free: " + fmt.Sprint(addrs)}
		for _, a := range addrs {
			ln, err := net.Listen("tcp", a)
			if err != nil {
				c = check{Name: "ports", Status: "fail", Detail: fmt.Sprintf("%s: %v", a, err), Fix: "stop what holds it, or choose another with --api-listen / --listen"}
				break
			}
			ln.Close()
		}
		checks = append(checks, c)
	}

	if err := node.DockerPing(ctx); err != nil {
		fix := "install and start Docker Engine: `apt-get install docker.io && dockerd &` (make deps does both)"
		if errors.Is(err, os.ErrPermission) {
			fix = "add this user to the docker group, or run the daemon as a user who can reach the socket"
		}
		checks = append(checks, check{Name: "docker", Status: "warn", Detail: "no Docker Engine answers (" + err.Error() + "); WebAssembly agents still run", Fix: fix})
	} else {
		checks = append(checks, check{Name: "docker", Status: "ok", Detail: "Docker Engine answers"})
	}
	checks = append(checks, check{Name: "chain", Status: "skip", Detail: "on-chain settlement is not part of this build yet"})
	return checks
}
