package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/cerestack/cere/node/api"
	"github.com/spf13/cobra"
)

func newScriptCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "script",
		Short: "Work with Script Runner scripts",
		Args:  noArgs,
	}
	var event, env, output string
	var deadline int
	run := &cobra.Command{
		Use:   "run FILE",
		Short: "Dry-run a script on the node, in the sandbox workflows use",
		Long: `Dry-run a script on the node, in the same sandbox and runtime pool that
workflows use. A script is the body of a function: it reads event, data (the
event's data), output (the previous step's) and env (the workflow's
variables), may call tmpl(template, data) and emit(type, data), and returns
its result. Exits 1 when the script failed.

--output json prints {"result", "emitted": [{"type", "data"}], "error",
"duration_ms"}.`,
		Args: exactlyOne("FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			req := api.ScriptRun{Script: string(src), DeadlineMS: deadline}
			for _, in := range []struct {
				flag, text string
				into       any
			}{{"--event", event, &req.Event}, {"--env", env, &req.Env}, {"--previous", output, &req.Output}} {
				if in.text == "" {
					continue
				}
				if err := json.Unmarshal([]byte(in.text), in.into); err != nil {
					return usageError{fmt.Errorf("%s: not a JSON object: %v", in.flag, err)}
				}
			}
			return dryRun(cmd, g, "/api/v1/scripts/run", req,
				func(r *api.ScriptResult) string { return r.Error },
				func(out io.Writer, r *api.ScriptResult) error {
					if err := printJSON(out, r.Result); err != nil {
						return err
					}
					for _, e := range r.Emitted {
						data, _ := json.Marshal(e["data"])
						fmt.Fprintf(cmd.ErrOrStderr(), "emitted %v %s\n", e["type"], data)
					}
					return nil
				})
		},
	}
	run.Flags().StringVar(&event, "event", "", "the event, as a JSON object (CloudEvent: its data is the script's data)")
	run.Flags().StringVar(&env, "env", "", "the workflow's variables, as a JSON object")
	run.Flags().StringVar(&output, "previous", "", "the previous step's output, as JSON")
	run.Flags().IntVar(&deadline, "deadline-ms", 0, "deadline in milliseconds (default 500, at most 10000)")
	cmd.AddCommand(run)
	return cmd
}
