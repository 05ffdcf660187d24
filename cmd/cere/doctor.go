package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cerestack/cere/node"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
	"github.com/spf13/cobra"
	"golang.org/x/sys/unix"
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
	checks = append(checks, chainCheck(ctx, cfg), diskCheck(dataDir))
	return checks
}

// chainCheck says where the node settles usage, and whether an external
// chain's JSON-RPC answers.
func chainCheck(ctx context.Context, cfg node.Config) check {
	switch cfg.ChainMode() {
	case "off":
		return check{Name: "chain", Status: "skip", Detail: "the chain is off (chain.mode): no usage is settled"}
	case "embedded":
		return check{Name: "chain", Status: "ok", Detail: "an embedded dev chain in the data dir: usage settles there, in test CERE"}
	}
	where := cfg.Chain.RPC
	if u, err := url.Parse(where); err == nil {
		where = u.Scheme + "://" + u.Host // no credentials or key in a path
	}
	id, err := chainID(ctx, cfg.Chain.RPC)
	if err != nil {
		return check{Name: "chain", Status: "fail", Detail: fmt.Sprintf("the chain at %s does not answer: %v", where, err),
			Fix: "start the chain, or correct chain.rpc (--chain-rpc)"}
	}
	return check{Name: "chain", Status: "ok", Detail: fmt.Sprintf("the chain at %s answers: chain id %d", where, id)}
}

// chainID asks a JSON-RPC endpoint for eth_chainId, within 3 s.
func chainID(ctx context.Context, rpc string) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, rpc, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var answer struct {
		Result string `json:"result"`
		Error  *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<10)).Decode(&answer); err != nil {
		return 0, fmt.Errorf("HTTP %d, not a JSON-RPC answer: %w", resp.StatusCode, err)
	}
	if answer.Error != nil {
		return 0, errors.New(answer.Error.Message)
	}
	return strconv.ParseUint(strings.TrimPrefix(answer.Result, "0x"), 16, 64)
}

// minFreeDisk is the free space under which doctor warns: the history,
// blocks and replicas grow in the data dir.
const minFreeDisk = 1 << 30

// diskCheck says how much space is free where the data dir is (or would
// be).
func diskCheck(dataDir string) check {
	dir := dataDir
	for {
		if _, err := os.Stat(dir); err == nil || filepath.Dir(dir) == dir {
			break
		}
		dir = filepath.Dir(dir)
	}
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return check{Name: "disk", Status: "skip", Detail: "free space not read: " + err.Error()}
	}
	free := uint64(st.Bavail) * uint64(st.Bsize)
	c := check{Name: "disk", Status: "ok", Detail: fmt.Sprintf("%.1f GiB free at %s", float64(free)/(1<<30), dir)}
	if free < minFreeDisk {
		c.Status, c.Fix = "warn", "free some space there, or pick a data dir elsewhere with --data: the history, blocks and replicas grow in it"
	}
	return c
}
