package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func newBlocksCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "blocks",
		Short: "Store, fetch, pin and replicate content-addressed data",
		Long: `Store, fetch, pin and replicate content-addressed data.

Files are stored as UnixFS DAGs (CIDv1, raw leaves of 1 MiB), the form
'ipfs add --cid-version 1 --chunker size-1048576' makes, and traded with peers over bitswap. Every
node also serves them at /ipfs/<cid> on its gateway's address (cere status prints it), with
HTTP Range.`,
		Args: noArgs,
	}
	cmd.AddCommand(newBlocksPutCmd(g), newBlocksGetCmd(g), newBlocksPinCmd(g), newBlocksUnpinCmd(g),
		newBlocksReplicateCmd(g), newBlocksStatusCmd(g), newBlocksGCCmd(g), newBlocksVerifyCmd(g))
	return cmd
}

// oneCID is the Args check of the commands that take a CID.
var oneCID = exactlyOne("CID")

func newBlocksPutCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "put FILE",
		Short: "Store a file (- for stdin), pin it, and print its CID",
		Long: `Store a file (- for stdin), pin it on the node, and print its CID.

--output json prints {"cid": "...", "size": N}.`,
		Args: exactlyOne("FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			var in io.Reader = cmd.InOrStdin()
			size := int64(-1)
			if args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return err
				}
				defer f.Close()
				if info, err := f.Stat(); err == nil {
					size = info.Size()
				}
				in = f
			}
			bar := newProgress(cmd.ErrOrStderr(), "put", size)
			added, err := c.PutBlocks(cmd.Context(), bar.reader(in))
			bar.done()
			if err != nil {
				return err
			}
			if g.output == "json" {
				return printJSON(cmd.OutOrStdout(), added)
			}
			fmt.Fprintln(cmd.OutOrStdout(), added.CID)
			return nil
		},
	}
}

func newBlocksGetCmd(g *globals) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "get CID",
		Short: "Write the content of a CID to stdout or a file (-o FILE), fetching it from peers if needed",
		Args:  oneCID,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			body, size, err := c.GetBlocks(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			defer body.Close()
			var w io.Writer = cmd.OutOrStdout()
			if out != "" {
				// Write beside the target and rename, so a cut download
				// never leaves a file that looks whole.
				f, err := os.CreateTemp(filepath.Dir(out), ".cere-get-*")
				if err != nil {
					return err
				}
				defer os.Remove(f.Name())
				defer f.Close()
				w = f
			}
			bar := newProgress(cmd.ErrOrStderr(), "get", size)
			_, err = io.Copy(w, bar.reader(body))
			bar.done()
			if err != nil {
				return fmt.Errorf("get %s: %w", args[0], err)
			}
			if f, ok := w.(*os.File); ok {
				if err := f.Close(); err != nil {
					return err
				}
				return os.Rename(f.Name(), out)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to this file instead of stdout")
	return cmd
}

func newBlocksPinCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "pin CID",
		Short: "Fetch the whole DAG under a CID and pin it on the node",
		Args:  oneCID,
		RunE: func(cmd *cobra.Command, args []string) error {
			return simpleCall(cmd, g, http.MethodPost, "/api/v1/blocks/"+url.PathEscape(args[0])+"/pin", 10*time.Minute, "pinned "+args[0])
		},
	}
}

func newBlocksUnpinCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "unpin CID",
		Short: "Remove a pin; the blocks go at the next gc",
		Args:  oneCID,
		RunE: func(cmd *cobra.Command, args []string) error {
			return simpleCall(cmd, g, http.MethodDelete, "/api/v1/blocks/"+url.PathEscape(args[0])+"/pin", 0, "unpinned "+args[0])
		},
	}
}

// simpleCall makes a call whose answer is printed as is under --output
// json, or as done in text.
func simpleCall(cmd *cobra.Command, g *globals, method, path string, timeout time.Duration, done string) error {
	c, err := g.client()
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	var out map[string]any
	if err := c.Do(ctx, method, path, nil, &out); err != nil {
		return err
	}
	if g.output == "json" {
		return printJSON(cmd.OutOrStdout(), out)
	}
	fmt.Fprintln(cmd.OutOrStdout(), done)
	return nil
}

func newBlocksReplicateCmd(g *globals) *cobra.Command {
	var copies int
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "replicate CID",
		Short: "Ask peers to pin copies of a DAG this node holds, and wait until they do",
		Long: `Ask peers to pin copies of a DAG this node holds, and wait until they say
they do. The peers chosen are those that rank highest for the CID among the
live peers with room (rendezvous hashing: every node agrees without a
coordinator). The DAG then stays available after this node is gone.

--output json prints {"cid", "holders": [peer ids]}.`,
		Args: oneCID,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout+10*time.Second)
			defer cancel()
			var res api.Replicated
			req := api.ReplicateRequest{Copies: copies, TimeoutSeconds: int(timeout.Seconds())}
			if err := c.Do(ctx, http.MethodPost, "/api/v1/blocks/"+url.PathEscape(args[0])+"/replicate", req, &res); err != nil {
				return err
			}
			if g.output == "json" {
				return printJSON(cmd.OutOrStdout(), res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d copies of %s held by:\n", len(res.Holders), res.CID)
			for _, h := range res.Holders {
				fmt.Fprintf(cmd.OutOrStdout(), "  %s\n", h)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&copies, "copies", 3, "how many peers should pin a copy")
	cmd.Flags().DurationVar(&timeout, "timeout", 2*time.Minute, "how long to wait for the copies")
	return cmd
}

func newBlocksStatusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "status CID",
		Short: "Show whether this node holds a CID, and which peers do",
		Long: `Show whether this node holds a CID and pins it, and which peers hold it.

--output json prints {"cid", "local", "pinned", "holders": [peer ids]}.`,
		Args: oneCID,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			var st api.BlockStatus
			if err := c.Do(cmd.Context(), http.MethodGet, "/api/v1/blocks/"+url.PathEscape(args[0])+"/status", nil, &st); err != nil {
				return err
			}
			if g.output == "json" {
				return printJSON(cmd.OutOrStdout(), st)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "cid      %s\nlocal    %v\npinned   %v\nholders  %d\n", st.CID, st.Local, st.Pinned, len(st.Holders))
			for _, h := range st.Holders {
				fmt.Fprintf(w, "  %s\n", h)
			}
			return nil
		},
	}
}

func newBlocksGCCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "gc",
		Short: "Delete every block that no pin reaches",
		Long: `Delete every block that no pin reaches. Pinned DAGs and uploads in progress
are never touched.

--output json prints {"removed": N}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), time.Hour)
			defer cancel()
			var res api.GCResult
			if err := c.Do(ctx, http.MethodPost, "/api/v1/blocks/gc", nil, &res); err != nil {
				return err
			}
			if g.output == "json" {
				return printJSON(cmd.OutOrStdout(), res)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "removed %d blocks\n", res.Removed)
			return nil
		},
	}
}

func newBlocksVerifyCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "verify",
		Short: "Rehash every stored block and list those that do not match their CID",
		Long: `Rehash every stored block and list those that do not match their CID.
Exits 1 when one does not.

--output json prints {"checked": N, "bad": [CIDs]}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), time.Hour)
			defer cancel()
			var res api.VerifyResult
			if err := c.Do(ctx, http.MethodPost, "/api/v1/blocks/verify", nil, &res); err != nil {
				return err
			}
			if g.output == "json" {
				if err := printJSON(cmd.OutOrStdout(), res); err != nil {
					return err
				}
			} else {
				fmt.Fprintf(cmd.OutOrStdout(), "checked %d blocks, %d bad\n", res.Checked, len(res.Bad))
				for _, b := range res.Bad {
					fmt.Fprintf(cmd.OutOrStdout(), "  %s\n", b)
				}
			}
			if len(res.Bad) > 0 {
				return fmt.Errorf("%d blocks do not match their CID", len(res.Bad))
			}
			return nil
		},
	}
}

// progress draws a one-line progress bar on a terminal, and nothing
// elsewhere (a pipe, a log, a test).
type progress struct {
	w     io.Writer
	label string
	total int64
	on    bool
	start time.Time
	mu    sync.Mutex
	n     int64
	drawn time.Time
}

func newProgress(w io.Writer, label string, total int64) *progress {
	p := &progress{w: w, label: label, total: total, start: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.on = true
	}
	return p
}

func (p *progress) reader(r io.Reader) io.Reader {
	if !p.on {
		return r
	}
	return readerFunc(func(b []byte) (int, error) {
		k, err := r.Read(b)
		p.mu.Lock()
		p.n += int64(k)
		if time.Since(p.drawn) > 100*time.Millisecond {
			p.draw()
		}
		p.mu.Unlock()
		return k, err
	})
}

func (p *progress) draw() {
	p.drawn = time.Now()
	mib := float64(p.n) / (1 << 20)
	rate := mib / max(time.Since(p.start).Seconds(), 0.001)
	if p.total > 0 {
		const width = 30
		done := min(int(width*p.n/p.total), width)
		fmt.Fprintf(p.w, "\r%s [%s%s] %.1f / %.1f MiB  %.0f MiB/s ", p.label, strings.Repeat("=", done), strings.Repeat(" ", width-done),
			mib, float64(p.total)/(1<<20), rate)
		return
	}
	fmt.Fprintf(p.w, "\r%s %.1f MiB  %.0f MiB/s ", p.label, mib, rate)
}

func (p *progress) done() {
	if !p.on {
		return
	}
	p.mu.Lock()
	p.draw()
	p.mu.Unlock()
	fmt.Fprintln(p.w)
}

type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(b []byte) (int, error) { return f(b) }
