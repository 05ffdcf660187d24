package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/cerestack/cere/internal/document"
	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/runtime"
	"github.com/spf13/cobra"
)

func newAgentCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "agent",
		Short: "Build, list and invoke agents",
		Args:  noArgs,
	}
	build := &cobra.Command{
		Use:   "build DIR",
		Short: "Build the agent in DIR (its agent.yaml) and store it on the node",
		Long: `Build the agent described by DIR/agent.yaml and store it on the node.

build: {go: PACKAGE} is compiled with the go command on this machine: for
WebAssembly (GOOS=wasip1) for a wasm agent, as a static linux binary for a
docker agent, which the node makes into an image FROM scratch;
build: {binary: FILE} takes one already built; build: {rootfs: FILE.tar,
entrypoint: [...]} a root file system, for a docker agent. It is stored as
blocks and the manifest records its CID; every node builds the image from
those blocks, with no registry. model: FILE, when set, is stored as
blocks too and becomes the agent's first model (under /model).

--output json prints {"name", "version", "cid"} (the manifest's CID).`,
		Args: exactlyOne("DIR"),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := args[0]
			src, err := os.ReadFile(filepath.Join(dir, "agent.yaml"))
			if err != nil {
				return err
			}
			var m runtime.Manifest
			if err := document.Decode(filepath.Join(dir, "agent.yaml"), src, &m); err != nil {
				return err
			}
			m.Module = ""
			if err := m.Validate(); err != nil {
				return fmt.Errorf("%s: %w", filepath.Join(dir, "agent.yaml"), err)
			}
			c, err := g.client()
			if err != nil {
				return err
			}
			module := filepath.Join(dir, m.Build.Binary)
			if m.Build.Rootfs != "" {
				module = filepath.Join(dir, m.Build.Rootfs)
			}
			if m.Build.Go != "" {
				tmp, err := os.MkdirTemp("", "cere-agent")
				if err != nil {
					return err
				}
				defer os.RemoveAll(tmp)
				module = filepath.Join(tmp, m.Name)
				build := exec.CommandContext(cmd.Context(), "go", "build", "-trimpath", "-o", module, m.Build.Go)
				build.Dir = dir
				// A container runs on the node's machine: build for its
				// architecture, whatever this one's.
				st, err := c.Status(cmd.Context())
				if err != nil {
					return err
				}
				build.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux", "GOARCH="+st.Arch)
				if m.Runtime == "wasm" {
					build.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=wasip1", "GOARCH=wasm")
				}
				if out, err := build.CombinedOutput(); err != nil {
					return fmt.Errorf("go build %s: %v\n%s", m.Build.Go, err, out)
				}
			}
			f, err := os.Open(module)
			if err != nil {
				return err
			}
			defer f.Close()
			added, err := c.PutBlocks(cmd.Context(), f)
			if err != nil {
				return err
			}
			m.Module = added.CID
			if m.Model != "" {
				mf, err := os.Open(filepath.Join(dir, m.Model))
				if err != nil {
					return fmt.Errorf("model: %w", err)
				}
				defer mf.Close()
				model, err := c.PutBlocks(cmd.Context(), mf)
				if err != nil {
					return fmt.Errorf("model: %w", err)
				}
				m.Model = model.CID
			}
			var built api.AgentBuilt
			if err := c.Do(cmd.Context(), http.MethodPost, "/api/v1/agents", m, &built); err != nil {
				return err
			}
			if g.output == "json" {
				return printJSON(cmd.OutOrStdout(), built)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s@%s %s\n", built.Name, built.Version, built.CID)
			return nil
		},
	}
	list := &cobra.Command{
		Use:   "list",
		Short: "List the agents this node can run",
		Long: `List the agents this node can run.

--output json prints their manifests.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			var ms []runtime.Manifest
			if err := c.Do(cmd.Context(), http.MethodGet, "/api/v1/agents", nil, &ms); err != nil {
				return err
			}
			return printList(cmd.OutOrStdout(), g.output == "json", ms, "no agents", "AGENT\tRUNTIME\tMODE\tPRICE\tMODULE",
				func(m runtime.Manifest) string {
					mode := m.Mode
					if mode == "" {
						mode = "sustained"
					}
					return fmt.Sprintf("%s\t%s\t%s\t%s\t%s", m.Ref(), m.Runtime, mode, m.Price, m.Module)
				})
		},
	}
	var input string
	invoke := &cobra.Command{
		Use:   "invoke NAME@VERSION",
		Short: "Invoke an agent once with an input",
		Long: `Invoke an agent once with --input (JSON).

--output json prints {"output", "error", "usage": {"wall_ms", "cpu_ms",
"mem_peak_bytes", "gpu_ms", "bytes_in", "bytes_out"}}. Exits 1 when the
invocation failed. Every invocation's usage is also recorded on the node
as an agent.usage event (cere events list --type agent.usage).`,
		Args: exactlyOne("NAME@VERSION"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if input != "" && !json.Valid([]byte(input)) {
				return usageError{errors.New("--input: not JSON")}
			}
			req := api.AgentInvoke{}
			if input != "" {
				req.Input = json.RawMessage(input)
			}
			return dryRun(cmd, g, "/api/v1/agents/"+url.PathEscape(args[0])+"/invoke", req,
				func(r *api.AgentResult) string { return r.Error },
				func(out io.Writer, res *api.AgentResult) error {
					var compact bytes.Buffer
					if json.Compact(&compact, res.Output) != nil {
						compact.Write(res.Output)
					}
					u := res.Usage
					_, err := fmt.Fprintf(out, "%s\n(wall %.3f ms, cpu %.3f ms, memory peak %d bytes, gpu %.3f ms)\n", compact.Bytes(), u.WallMS, u.CPUMS, u.MemPeakBytes, u.GPUMS)
					return err
				})
		},
	}
	invoke.Flags().StringVar(&input, "input", "", "the input, as JSON")
	swapModel := &cobra.Command{
		Use:   "swap-model NAME@VERSION FILE",
		Short: "Give an agent a new model without stopping it",
		Long: `Store FILE as blocks on the node and make it the agent's model.

Every running instance of the agent is sent model.swap with the model's
path (under /model, mounted read-only) and loads it between invocations;
the command returns once they all acknowledged. Instances started later
load it first; it stays the agent's model across restarts. Only the
agent's owner may swap its model.

--output json prints {"agent", "cid", "instances"}.`,
		Args: exactlyTwo("NAME@VERSION and FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[1])
			if err != nil {
				return err
			}
			defer f.Close()
			c, err := g.client()
			if err != nil {
				return err
			}
			added, err := c.PutBlocks(cmd.Context(), f)
			if err != nil {
				return err
			}
			var res api.ModelSwapped
			if err := c.Do(cmd.Context(), http.MethodPost, "/api/v1/agents/"+url.PathEscape(args[0])+"/model", api.ModelSwap{CID: added.CID}, &res); err != nil {
				return err
			}
			if g.output == "json" {
				return printJSON(cmd.OutOrStdout(), res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: model %s loaded by %d running instances\n", res.Agent, res.CID, res.Instances)
			return nil
		},
	}
	var price string
	publish := &cobra.Command{
		Use:   "publish NAME@VERSION [--price AMOUNT]",
		Short: "Register an agent version on the chain's registry, to be paid for its use",
		Long: `Register an agent version that this node's wallet stored on the chain's
agent registry, from the node's wallet, which then holds the version's token
and is paid for each invocation: AMOUNT CERE (whole units, as 0.01), or the
manifest's price. Usage of the version by payers with a mandate then settles
on chain (cere mandate, cere settle).

--output json prints {"agent", "cid", "version", "price", "tx", "block"}:
"cid" is the manifest's, "version" the registry's token id.`,
		Args: exactlyOne("agent (name@version)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return chainPost(cmd, g, "/api/v1/agents/"+url.PathEscape(args[0])+"/publish", api.PublishRequest{Price: price}, func(out api.Published) string {
				return fmt.Sprintf("published %s as version %s at %s CERE an invocation (manifest %s, tx %s)", out.Agent, out.Version, out.Price, out.CID, out.Tx)
			})
		},
	}
	publish.Flags().StringVar(&price, "price", "", "CERE per invocation (empty: the manifest's price)")
	info := &cobra.Command{
		Use:   "info NAME",
		Short: "Show an agent's versions on this node and its name's owner on the registry",
		Long: `Show what the node knows of the agent NAME (NAME@VERSION stands for its
NAME): the versions of it stored here, which it can run, and, when the node
has a chain, the wallet its name belongs to on the agent registry. A name
belongs to the wallet that first published a version of it, and only that
wallet publishes its further versions.

--output json prints {"name", "owner" (empty when not published),
"published", "chain" (why the registry was not read: no chain, or not
connected; absent when it was), "versions": [{"version", "runtime", "mode",
"price", "module", "cid" (the manifest's), "stored_by"}]}.`,
		Args: exactlyOne("NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			var info api.AgentInfo
			if err := c.Do(cmd.Context(), http.MethodGet, "/api/v1/agents/"+url.PathEscape(args[0])+"/info", nil, &info); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if g.output == "json" {
				return printJSON(out, info)
			}
			owner := info.Owner
			switch {
			case info.Chain != "":
				owner = "unknown: " + info.Chain
			case !info.Published:
				owner = "not published"
			}
			fmt.Fprintf(out, "agent  %s\nowner  %s\n\n", info.Name, owner)
			return printList(out, false, info.Versions, "no versions on this node", "VERSION\tRUNTIME\tMODE\tPRICE\tSTORED BY\tMANIFEST",
				func(v api.AgentVersion) string {
					return fmt.Sprintf("%s\t%s\t%s\t%s\t%s\t%s", v.Version, v.Runtime, v.Mode, v.Price, v.StoredBy, v.CID)
				})
		},
	}
	cmd.AddCommand(build, list, info, invoke, swapModel, publish)
	return cmd
}
