package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/spf13/cobra"
)

// printJSON writes v as indented JSON: the stable, documented form of every
// command's output under --output json.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// printList prints items as a JSON array (never null) under --output json,
// else as an aligned table under header, one row each, or empty when there
// are none.
func printList[T any](out io.Writer, asJSON bool, items []T, empty, header string, row func(T) string) error {
	if asJSON {
		if items == nil {
			items = []T{}
		}
		return printJSON(out, items)
	}
	if len(items) == 0 {
		fmt.Fprintln(out, empty)
		return nil
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, header)
	for _, it := range items {
		fmt.Fprintln(tw, row(it))
	}
	return tw.Flush()
}

func newStatusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show the node's identity, addresses and health",
		Long: `Show the node's identity, addresses and health.

--output json prints the api.Status object: {"peer_id", "addrs" (full
multiaddrs ending in /p2p/<peer id>), "wallet", "version", "edek_public_key",
"dashboard", "gateway" (the IPFS gateway's base URL, when it serves one),
"started", "peers", "connections", "capabilities", "labels"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			s, err := c.Status(cmd.Context())
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if g.output == "json" {
				return printJSON(out, s)
			}
			tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "peer id\t%s\n", s.PeerID)
			fmt.Fprintf(tw, "wallet\t%s\n", s.Wallet)
			fmt.Fprintf(tw, "version\t%s\n", s.Version)
			fmt.Fprintf(tw, "dashboard\t%s\n", s.Dashboard)
			if s.Gateway != "" {
				fmt.Fprintf(tw, "gateway\t%s/ipfs/<cid>\n", s.Gateway)
			}
			fmt.Fprintf(tw, "up since\t%s\n", s.Started.Local().Format(time.DateTime))
			fmt.Fprintf(tw, "live peers\t%d (%d connections)\n", s.Peers, s.Connections)
			fmt.Fprintf(tw, "capabilities\t%s\n", capabilityText(s.Capabilities.CPUCores, s.Capabilities.MemoryBytes, s.Capabilities.GPUs, s.Capabilities.Runtimes))
			for i, a := range s.Addrs {
				label := ""
				if i == 0 {
					label = "addrs"
				}
				fmt.Fprintf(tw, "%s\t%s\n", label, a)
			}
			return tw.Flush()
		},
	}
}

func capabilityText(cores int, mem uint64, gpus int, runtimes []string) string {
	return fmt.Sprintf("%d cores, %.1f GiB, %d GPUs, %s", cores, float64(mem)/(1<<30), gpus, strings.Join(runtimes, "+"))
}

func newPeersCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "peers",
		Short: "List live peers (heard from within 15 s), this node excluded",
		Long: `List live peers: those heard from on the presence topic within 15 s,
this node excluded.

--output json prints an array of {"peer_id", "addrs", "version",
"capabilities": {"cpu_cores", "memory_bytes", "gpus", "runtimes"}, "labels",
"load", "last_seen" (RFC 3339), "connected", "score"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			peers, err := c.Peers(cmd.Context())
			if err != nil {
				return err
			}
			return printList(cmd.OutOrStdout(), g.output == "json", peers, "No live peers.",
				"PEER ID\tCAPABILITIES\tLOAD\tCONNECTED\tSCORE\tLAST SEEN", func(p api.Peer) string {
					return fmt.Sprintf("%s\t%s\t%.2f\t%v\t%.1f\t%s ago", p.PeerID,
						capabilityText(p.Capabilities.CPUCores, p.Capabilities.MemoryBytes, p.Capabilities.GPUs, p.Capabilities.Runtimes),
						p.Load, p.Connected, p.Score, time.Since(p.LastSeen).Round(time.Second))
				})
		},
	}
}

func newVersionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print this binary's version, and the node's when one answers",
		Long: `Print this binary's version, and the node's when one answers.

--output json prints {"client": "...", "node": "..."} ("node" is absent when
no node answers).`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v := struct {
				Client string `json:"client"`
				Node   string `json:"node,omitempty"`
			}{Client: api.BuildVersion()}
			if c, err := g.client(); err == nil {
				if s, err := c.Status(cmd.Context()); err == nil {
					v.Node = s.Version
				}
			}
			out := cmd.OutOrStdout()
			if g.output == "json" {
				return printJSON(out, v)
			}
			fmt.Fprintf(out, "cere %s\n", v.Client)
			if v.Node != "" {
				fmt.Fprintf(out, "node %s (at %s)\n", v.Node, g.apiURL)
			}
			return nil
		},
	}
}

// dryRun posts req to path, for an answer that carries its own failure in
// "error" (a script run, a rule test, an agent invocation): it prints the
// answer as JSON with --output json, else with text when it succeeded, and
// a failure in the answer is the command's error (exit 1).
func dryRun[T any](cmd *cobra.Command, g *globals, path string, req any, failed func(*T) string, text func(io.Writer, *T) error) error {
	c, err := g.client()
	if err != nil {
		return err
	}
	var res T
	if err := c.Do(cmd.Context(), http.MethodPost, path, req, &res); err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	msg := failed(&res)
	switch {
	case g.output == "json":
		if err := printJSON(out, res); err != nil {
			return err
		}
	case msg == "":
		if err := text(out, &res); err != nil {
			return err
		}
	}
	if msg != "" {
		return errors.New(msg)
	}
	return nil
}
