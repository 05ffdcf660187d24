package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/spf13/cobra"
)

// ingested is the answer of POST /api/v1/events.
type ingested struct {
	Accepted   []string `json:"accepted"`
	Duplicates []string `json:"duplicates"`
}

// eventBatch is how many events one request of `event send -f` carries.
const eventBatch = 1000

func newEventCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "event",
		Short: "Send events to the node",
		Args:  noArgs,
	}
	var data, source, id, file string
	send := &cobra.Command{
		Use:   "send [TYPE]",
		Short: "Send an event (or a file of them) to the node's workflows",
		Long: `Send a CloudEvent of TYPE with --data (JSON) from --source, or with -f a file
of CloudEvents, one JSON object a line (JSON Lines), sent in batches of 1000.
A repeated (source, id) is acknowledged and not processed again.

--output json prints {"accepted": [ids], "duplicates": [ids]}.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if (file == "") == (len(args) != 1) {
				return usageError{fmt.Errorf("%s takes a TYPE, or -f FILE", cmd.CommandPath())}
			}
			c, err := g.client()
			if err != nil {
				return err
			}
			var total ingested
			send := func(evs []api.Event) error {
				var res ingested
				if err := c.Do(cmd.Context(), http.MethodPost, "/api/v1/events", evs, &res); err != nil {
					return err
				}
				total.Accepted = append(total.Accepted, res.Accepted...)
				total.Duplicates = append(total.Duplicates, res.Duplicates...)
				return nil
			}
			if file == "" {
				ev := api.Event{SpecVersion: "1.0", ID: id, Source: source, Type: args[0], Time: time.Now().UTC()}
				if ev.ID == "" {
					ev.ID = fmt.Sprintf("%d", time.Now().UnixNano())
				}
				if data != "" {
					if !json.Valid([]byte(data)) {
						return usageError{fmt.Errorf("--data: not JSON")}
					}
					ev.Data, ev.DataContentType = json.RawMessage(data), "application/json"
				}
				if err := send([]api.Event{ev}); err != nil {
					return err
				}
			} else {
				var in io.Reader = os.Stdin
				if file != "-" {
					f, err := os.Open(file)
					if err != nil {
						return err
					}
					defer f.Close()
					in = f
				}
				sc := bufio.NewScanner(in)
				sc.Buffer(nil, 16<<20)
				var batch []api.Event
				line := 0
				for sc.Scan() {
					line++
					if len(sc.Bytes()) == 0 {
						continue
					}
					var ev api.Event
					if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
						return fmt.Errorf("%s:%d: %v", file, line, err)
					}
					batch = append(batch, ev)
					if len(batch) == eventBatch {
						if err := send(batch); err != nil {
							return fmt.Errorf("%s: before line %d: %w", file, line+1, err)
						}
						batch = batch[:0]
					}
				}
				if err := sc.Err(); err != nil {
					return err
				}
				if len(batch) > 0 {
					if err := send(batch); err != nil {
						return err
					}
				}
			}
			if total.Accepted == nil {
				total.Accepted = []string{}
			}
			if total.Duplicates == nil {
				total.Duplicates = []string{}
			}
			if g.output == "json" {
				return printJSON(cmd.OutOrStdout(), total)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d accepted, %d duplicates\n", len(total.Accepted), len(total.Duplicates))
			return nil
		},
	}
	send.Flags().StringVar(&data, "data", "", "the event's data, as JSON")
	send.Flags().StringVar(&source, "source", "cere-cli", "the event's source")
	send.Flags().StringVar(&id, "id", "", "the event's id (default: a new one)")
	send.Flags().StringVarP(&file, "file", "f", "", "a file of CloudEvents, one a line (- for standard input)")
	cmd.AddCommand(send)
	return cmd
}
