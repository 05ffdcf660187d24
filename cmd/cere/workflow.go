package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/workflow"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/goccy/go-yaml"
	"github.com/spf13/cobra"
)

// submitted is what `cere workflow submit --output json` prints.
type submitted struct {
	Name    string `json:"name"`
	Version int    `json:"version"`
	CID     string `json:"cid"`
	Owner   string `json:"owner"`
}

func newWorkflowCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "workflow",
		Short: "Submit and manage workflows",
		Long: `Submit and manage workflows.

A workflow is named by its owner (the wallet that signed it) and its name;
NAME alone is enough where one owner on the node has that name, else write
OWNER/NAME. With --keystore, submissions are signed by that wallet; without
it, a node on loopback signs them with its own wallet.`,
		Args: noArgs,
	}
	var base int
	submit := &cobra.Command{
		Use:   "submit FILE",
		Short: "Validate, sign and submit a workflow (YAML or JSON) as its next version",
		Long: `Validate, sign and submit a workflow document (YAML or JSON) as the next
version of its name. Any peer takes it and gossips it to the others.

--base V submits on top of version V instead of the latest (the node answers
a conflict when V is not its latest). --output json prints {"name",
"version", "cid", "owner"}.`,
		Args: exactlyOne("FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			c, err := g.client()
			if err != nil {
				return err
			}
			var b *int
			if cmd.Flags().Changed("base") {
				b = &base
			}
			rec, err := submitDocument(cmd.Context(), c, filepath.Base(args[0]), string(src), b)
			if err != nil {
				return err
			}
			return printSubmitted(cmd.OutOrStdout(), g, rec)
		},
	}
	submit.Flags().IntVar(&base, "base", 0, "the version this one replaces (default: the latest)")

	list := &cobra.Command{
		Use:   "list",
		Short: "List the workflows this node knows, at their latest version",
		Long: `List the workflows this node knows, at their latest version.

--output json prints [{"owner", "name", "version", "cid", "time", "running"}].`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			var recs []workflow.Record
			if err := c.Do(cmd.Context(), http.MethodGet, "/api/v1/workflows", nil, &recs); err != nil {
				return err
			}
			return printList(cmd.OutOrStdout(), g.output == "json", recs, "no workflows", "NAME\tOWNER\tVERSION\tRUNNING\tCID",
				func(r workflow.Record) string {
					return fmt.Sprintf("%s\t%s\t%d\t%v\t%s", r.Name, r.Owner, r.Version, r.Running, r.CID)
				})
		},
	}

	var version int
	get := &cobra.Command{
		Use:   "get NAME",
		Short: "Print a workflow's document (YAML; JSON with --output json)",
		Long: `Print a workflow's document, at its latest version or --version V: as YAML,
or with --output json as {"owner", "name", "version", "cid", "time",
"running", "document"}.`,
		Args: exactlyOne("NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, k, err := g.workflow(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			wf, err := getWorkflow(cmd.Context(), c, k, version)
			if err != nil {
				return err
			}
			if g.output == "json" {
				return printJSON(cmd.OutOrStdout(), wf)
			}
			if wf.Document == nil {
				fmt.Fprintf(cmd.OutOrStdout(), "# %s version %d removed it\n", k, wf.Version)
				return nil
			}
			return printYAML(cmd.OutOrStdout(), wf)
		},
	}
	get.Flags().IntVar(&version, "version", 0, "the version (default: the latest)")

	history := &cobra.Command{
		Use:   "history NAME",
		Short: "List every version of a workflow",
		Long: `List every version of a workflow, oldest first. Versions are never changed:
a rollback is a new version with old content.

--output json prints [{"owner", "name", "version", "cid", "deleted", "time"}].`,
		Args: exactlyOne("NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, k, err := g.workflow(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			var recs []workflow.Record
			if err := c.Do(cmd.Context(), http.MethodGet, workflowPath(k)+"/history", nil, &recs); err != nil {
				return err
			}
			return printList(cmd.OutOrStdout(), g.output == "json", recs, "no versions", "VERSION\tTIME\tCID",
				func(r workflow.Record) string {
					what := r.CID
					if r.Deleted {
						what = "(removed)"
					}
					return fmt.Sprintf("%d\t%s\t%s", r.Version, r.Time.Format(time.RFC3339), what)
				})
		},
	}

	rollback := &cobra.Command{
		Use:   "rollback NAME VERSION",
		Short: "Submit an old version's content as the next version",
		Args:  exactlyTwo("NAME and VERSION"),
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := strconv.Atoi(args[1])
			if err != nil || v < 1 {
				return usageError{fmt.Errorf("VERSION %q: want a number from 1", args[1])}
			}
			c, k, err := g.workflow(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			old, err := getWorkflow(cmd.Context(), c, k, v)
			if err != nil {
				return err
			}
			if old.Document == nil {
				return fmt.Errorf("%s version %d is a removal: nothing to roll back to", k, v)
			}
			doc, err := json.Marshal(old.Document)
			if err != nil {
				return err
			}
			rec, err := submitDocument(cmd.Context(), c, k.Name+".json", string(doc), nil)
			if err != nil {
				return err
			}
			return printSubmitted(cmd.OutOrStdout(), g, rec)
		},
	}

	rm := &cobra.Command{
		Use:   "rm NAME",
		Short: "Remove a workflow: a signed last version that stops it everywhere",
		Args:  exactlyOne("NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, k, err := g.workflow(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			var req api.WorkflowRemove
			if key := c.Key(); key != nil {
				head, err := getWorkflow(cmd.Context(), c, k, 0)
				if err != nil {
					return err
				}
				if req.Envelope, err = api.SealSubmission(key, workflow.Submission{Name: k.Name, Version: head.Version + 1, Base: head.Version, Deleted: true}); err != nil {
					return err
				}
			}
			var rec workflow.Record
			if err := c.Do(cmd.Context(), http.MethodDelete, workflowPath(k), req, &rec); err != nil {
				return err
			}
			if g.output == "json" {
				return printJSON(cmd.OutOrStdout(), submitted{Name: rec.Name, Version: rec.Version, Owner: rec.Owner})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "removed %s (version %d)\n", k, rec.Version)
			return nil
		},
	}
	cmd.AddCommand(submit, list, get, history, rollback, rm, newCanaryCmd(g))
	return cmd
}

func newCanaryCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "canary",
		Short: "See and settle the canaries of a workflow's agent nodes",
		Args:  noArgs,
	}
	status := &cobra.Command{
		Use:   "status NAME",
		Short: "Show each canary's calls, errors and latency per version, on this node",
		Long: `Show each agent node's canary on this node: calls, errors and total time of
the main version and of the canary, and whether it was rolled back here
(automatic when its error rate passes 20% after 100 calls).`,
		Args: exactlyOne("NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, k, err := g.workflow(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			var st []workflow.CanaryStatus
			if err := c.Do(cmd.Context(), http.MethodGet, workflowPath(k)+"/canaries", nil, &st); err != nil {
				return err
			}
			return printList(cmd.OutOrStdout(), g.output == "json", st, "no canaries", "NODE\tAGENT\tCANARY\tPERCENT\tMAIN CALLS/ERRORS\tCANARY CALLS/ERRORS\tROLLED BACK",
				func(s workflow.CanaryStatus) string {
					return fmt.Sprintf("%s\t%s\t%s\t%g\t%d/%d\t%d/%d\t%v", s.Node, s.Agent, s.Canary, s.Percent,
						s.Main.Calls, s.Main.Errors, s.Trial.Calls, s.Trial.Errors, s.RolledBack)
				})
		},
	}
	settle := func(use, short string, promote bool) *cobra.Command {
		return &cobra.Command{
			Use:   use + " NAME NODE",
			Short: short,
			Args: func(cmd *cobra.Command, args []string) error {
				if len(args) != 2 {
					return usageError{fmt.Errorf("%s takes NAME and NODE, got %d arguments", cmd.CommandPath(), len(args))}
				}
				return nil
			},
			RunE: func(cmd *cobra.Command, args []string) error {
				c, k, err := g.workflow(cmd.Context(), args[0])
				if err != nil {
					return err
				}
				cur, err := getWorkflow(cmd.Context(), c, k, 0)
				if err != nil {
					return err
				}
				if cur.Document == nil {
					return fmt.Errorf("%s was removed", k)
				}
				n := cur.Document.Node(args[1])
				if n == nil || n.Canary == nil {
					return fmt.Errorf("%s has no node %q with a canary", k, args[1])
				}
				if promote {
					n.Agent = workflow.CanaryRef(n.Agent, n.Canary.Version)
				}
				n.Canary = nil
				doc, err := json.Marshal(cur.Document)
				if err != nil {
					return err
				}
				rec, err := submitDocument(cmd.Context(), c, k.Name+".json", string(doc), &cur.Version)
				if err != nil {
					return err
				}
				return printSubmitted(cmd.OutOrStdout(), g, rec)
			},
		}
	}
	cmd.AddCommand(status,
		settle("promote", "Make the canary the node's version: a new version of the workflow", true),
		settle("rollback", "Drop the canary: a new version of the workflow", false))
	return cmd
}

// submitDocument validates src at the node, signs the next version (with
// the client's wallet, or has the node sign) and submits it.
func submitDocument(ctx context.Context, c *api.Client, file, src string, base *int) (workflow.Record, error) {
	var rec workflow.Record
	q := url.Values{"file": {file}}
	key := c.Key()
	if key != nil {
		q.Set("owner", crypto.PubkeyToAddress(key.PublicKey).Hex())
	}
	var check api.WorkflowCheck
	if err := c.Do(ctx, http.MethodPost, "/api/v1/workflows/validate?"+q.Encode(), api.WorkflowSubmit{Document: src}, &check); err != nil {
		return rec, err
	}
	req := api.WorkflowSubmit{Document: src, Base: base}
	if key != nil {
		b := check.Latest
		if base != nil {
			b = *base
		}
		env, err := api.SealSubmission(key, workflow.Submission{Name: check.Name, Version: b + 1, Base: b, CID: check.CID})
		if err != nil {
			return rec, err
		}
		req = api.WorkflowSubmit{Document: src, Envelope: env}
	}
	err := c.Do(ctx, http.MethodPost, "/api/v1/workflows?"+url.Values{"file": {file}}.Encode(), req, &rec)
	return rec, err
}

func printSubmitted(out io.Writer, g *globals, rec workflow.Record) error {
	s := submitted{Name: rec.Name, Version: rec.Version, CID: rec.CID, Owner: rec.Owner}
	if g.output == "json" {
		return printJSON(out, s)
	}
	fmt.Fprintf(out, "%s version %d submitted by %s\n%s\n", s.Name, s.Version, s.Owner, s.CID)
	return nil
}

func workflowPath(k workflow.Key) string {
	return "/api/v1/workflows/" + url.PathEscape(k.Owner) + "/" + url.PathEscape(k.Name)
}

// workflow returns a client and the workflow NAME or OWNER/NAME names.
func (g *globals) workflow(ctx context.Context, arg string) (*api.Client, workflow.Key, error) {
	c, err := g.client()
	if err != nil {
		return nil, workflow.Key{}, err
	}
	k, err := resolveWorkflow(ctx, c, arg)
	return c, k, err
}

// resolveWorkflow reads NAME or OWNER/NAME.
func resolveWorkflow(ctx context.Context, c *api.Client, arg string) (workflow.Key, error) {
	if owner, name, ok := strings.Cut(arg, "/"); ok {
		return workflow.Key{Owner: owner, Name: name}, nil
	}
	var recs []workflow.Record
	if err := c.Do(ctx, http.MethodGet, "/api/v1/workflows?name="+url.QueryEscape(arg), nil, &recs); err != nil {
		return workflow.Key{}, err
	}
	switch len(recs) {
	case 0:
		return workflow.Key{}, fmt.Errorf("no workflow named %q on this node", arg)
	case 1:
		return recs[0].Key(), nil
	}
	owners := make([]string, len(recs))
	for i, r := range recs {
		owners[i] = r.Owner
	}
	return workflow.Key{}, usageError{fmt.Errorf("%d owners have a workflow named %q (%s): write OWNER/NAME", len(recs), arg, strings.Join(owners, ", "))}
}

func getWorkflow(ctx context.Context, c *api.Client, k workflow.Key, version int) (*api.Workflow, error) {
	path := workflowPath(k)
	if version > 0 {
		path += "?version=" + strconv.Itoa(version)
	}
	var wf api.Workflow
	err := c.Do(ctx, http.MethodGet, path, nil, &wf)
	return &wf, err
}

// printYAML prints a workflow's document as YAML, fields in the order the
// document has them, under a comment naming its version.
func printYAML(out io.Writer, wf *api.Workflow) error {
	raw, err := json.Marshal(wf.Document)
	if err != nil {
		return err
	}
	var doc any
	if err := yaml.UnmarshalWithOptions(raw, &doc, yaml.UseOrderedMap()); err != nil {
		return err
	}
	text, err := yaml.MarshalWithOptions(doc, yaml.UseLiteralStyleIfMultiline(true), yaml.IndentSequence(true), yaml.Indent(2))
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "# %s/%s version %d, %s\n", wf.Owner, wf.Name, wf.Version, wf.CID)
	_, err = out.Write(text)
	return err
}
