// Command cere is the Cere node: `cere daemon` runs a node, and every other
// command is a client of a node's HTTP API.
//
// Exit codes: 0 success, 1 failure, 2 usage error (unknown command or flag,
// bad arguments), 78 configuration error (a bad config file, environment
// variable or flag value).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/cerestack/cere/node"
	"github.com/cerestack/cere/node/api"
	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitFailure = 1
	exitUsage   = 2
	exitConfig  = 78 // EX_CONFIG from sysexits.h, which systemd also knows
)

// usageError is a mistake in how a command was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// globals are the flags every client command shares.
type globals struct {
	apiURL   string
	output   string
	keystore string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the CLI with args and returns the process exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRoot()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "cere: %v\n", err)
	var uerr usageError
	var cerr *node.ConfigError
	switch {
	case errors.As(err, &uerr):
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
		return exitUsage
	case errors.As(err, &cerr):
		return exitConfig
	default:
		return exitFailure
	}
}

func newRoot() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "cere",
		Short: "Cere node: orchestrate and run AI agents on a peer-to-peer network",
		Long: `Cere node: orchestrate and run AI agents on a peer-to-peer network.

'cere daemon' runs a node. Every other command talks to a node's HTTP API
(--api, default ` + api.DefaultURL + `).`,
		SilenceErrors: true,
		SilenceUsage:  true,
		// An Args check on the root turns an unknown command into a usage error.
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("unknown command %q for %q", args[0], cmd.CommandPath())}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if g.output != "text" && g.output != "json" {
				return usageError{fmt.Errorf("--output %q: want text or json", g.output)}
			}
			flags := cmd.Root().PersistentFlags()
			if v := os.Getenv("CERE_API"); v != "" && !flags.Changed("api") {
				g.apiURL = v
			}
			if v := os.Getenv("CERE_KEYSTORE"); v != "" && !flags.Changed("keystore") {
				g.keystore = v
			}
			return nil
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.PersistentFlags().StringVar(&g.apiURL, "api", api.DefaultURL, "URL of the node's API (env CERE_API)")
	root.PersistentFlags().StringVar(&g.output, "output", "text", "output format: text or json")
	root.PersistentFlags().StringVar(&g.keystore, "keystore", "",
		"wallet keystore file that signs requests as that wallet; without it the CLI presents the node's API token (CERE_API_TOKEN, or the file the daemon left for this user) (env CERE_KEYSTORE; passphrase from CERE_PASSPHRASE)")
	root.AddCommand(
		newDaemonCmd(),
		newStatusCmd(g),
		newPeersCmd(g),
		newVersionCmd(g),
		newDoctorCmd(g),
		newBlocksCmd(g),
		newEventsCmd(g),
		newScriptCmd(g),
		newRuleCmd(g),
		newAuditCmd(g),
		newErrorsCmd(g),
		newWorkflowCmd(g),
		newEventCmd(g),
		newAgentCmd(g),
		newChainCmd(g),
		newWalletCmd(g),
		newBalanceCmd(g),
		newDepositCmd(g),
		newWithdrawCmd(g),
		newClaimCmd(g),
		newMandateCmd(g),
		newSettleCmd(g),
		newDocsCmd(),
		newScriptWorkerCmd(),
	)
	return root
}

// exactlyOne is the Args check of a command that takes one argument, named
// what in the error.
func exactlyOne(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != 1 {
			return usageError{fmt.Errorf("%s takes one %s, got %d arguments", cmd.CommandPath(), what, len(args))}
		}
		return nil
	}
}

// exactlyTwo is the Args check of a command that takes two arguments,
// named what in the error.
func exactlyTwo(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != 2 {
			return usageError{fmt.Errorf("%s takes %s, got %d arguments", cmd.CommandPath(), what, len(args))}
		}
		return nil
	}
}

// noArgs is cobra.NoArgs as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Errorf("%s takes no arguments, got %q", cmd.CommandPath(), args)}
	}
	return nil
}

// client returns an API client; with --keystore it signs writes.
func (g *globals) client() (*api.Client, error) {
	if g.keystore == "" {
		token, err := g.token()
		if err != nil {
			return nil, err
		}
		return api.NewClient(g.apiURL, nil).WithToken(token), nil
	}
	pass, ok := os.LookupEnv("CERE_PASSPHRASE")
	if !ok {
		var err error
		if pass, err = promptPassphrase(false); err != nil {
			return nil, err
		}
	}
	key, err := node.OpenWallet(g.keystore, pass)
	if err != nil {
		return nil, err
	}
	return api.NewClient(g.apiURL, key), nil
}

// token is the node's API token: CERE_API_TOKEN, or the file a daemon of
// this user left for --api's address ("" when there is neither, and then
// the node answers what it tells anyone).
func (g *globals) token() (string, error) {
	if t := os.Getenv(api.TokenEnv); t != "" {
		return t, nil
	}
	return api.LocalToken(g.apiURL)
}
